import { ConcurrencyError } from './errors';

describe('ConcurrencyError', () => {
  it('names the stream, the expected and the actual revision', () => {
    const error = new ConcurrencyError('fund-1', 3, 5);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('STORE.CONCURRENCY_CONFLICT');
    expect(error.message).toBe('Stream fund-1 was expected at revision 3 but is at 5');
  });
});
