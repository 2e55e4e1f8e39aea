/**
 * Goal: the Idempotency-Key is required and checked on its format; the command id derived from it
 * is stable per subject and key and differs between subjects; two requests count as the same exactly
 * when method, path and canonical body agree.
 */
import type { IncomingMessage } from 'node:http';
import { ProblemException } from '../common/problems/problem.exception';
import { commandIdFor, readIdempotencyKey, requestFingerprint } from './idempotency-key';

/** A request as Node parses it: repeated headers joined in `headers`, kept apart in `rawHeaders`. */
function requestWithKey(key?: string | string[]): IncomingMessage {
  const keys = key === undefined ? [] : [key].flat();
  return {
    headers: key === undefined ? {} : { 'idempotency-key': keys.join(', ') },
    rawHeaders: keys.flatMap((value) => ['Idempotency-Key', value]),
  } as unknown as IncomingMessage;
}

function refusal(key?: string | string[]): ProblemException {
  try {
    readIdempotencyKey(requestWithKey(key));
  } catch (error) {
    if (error instanceof ProblemException) return error;
    throw error;
  }
  throw new Error('expected the key to be refused');
}

describe('readIdempotencyKey', () => {
  it.each(['a', '3f2c1b9e-3f49-4e0a-9a57-0d3c7e6f2a11', 'order 17/2024 #3', 'k'.repeat(128)])(
    'accepts %j',
    (key) => {
      expect(readIdempotencyKey(requestWithKey(key))).toBe(key);
    },
  );

  it('refuses the header sent twice, which Node would join into one key', () => {
    const problem = refusal(['first-key', 'second-key']).problem;
    expect(problem).toMatchObject({
      status: 400,
      type: 'https://fund-ledger.example/problems/idempotency-key',
    });
    expect(problem.detail).toContain('more than once');
  });

  it('requires the header and says how to choose it', () => {
    const problem = refusal().problem;
    expect(problem).toMatchObject({
      status: 400,
      type: 'https://fund-ledger.example/problems/idempotency-key',
    });
    expect(problem.detail).toContain('Every POST needs an Idempotency-Key header');
    expect(problem.errors).toEqual([{ field: 'header Idempotency-Key', message: problem.detail }]);
  });

  it.each(['', 'k'.repeat(129), 'schlüssel', 'tab\there'])('refuses %j', (key) => {
    expect(refusal(key).problem.detail).toContain('must be 1 to 128 printable ASCII characters');
  });
});

describe('commandIdFor', () => {
  it('is a stable UUID per subject and key', () => {
    const id = commandIdFor('anna', 'key-1');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(commandIdFor('anna', 'key-1')).toBe(id);
  });

  it('differs between subjects that chose the same key', () => {
    expect(commandIdFor('anna', 'key-1')).not.toBe(commandIdFor('ben', 'key-1'));
    expect(commandIdFor('anna', 'key-1')).not.toBe(commandIdFor('anna', 'key-2'));
  });
});

describe('requestFingerprint', () => {
  it('ignores the order of keys in the body', () => {
    expect(requestFingerprint('POST', '/funds', { a: '1.00', b: 2 })).toBe(
      requestFingerprint('POST', '/funds', { b: 2, a: '1.00' }),
    );
  });

  it.each([
    ['POST', '/funds/other', { amount: '1.00' }],
    ['POST', '/funds', { amount: '1.01' }],
    ['PUT', '/funds', { amount: '1.00' }],
    ['POST', '/funds', undefined],
  ])('tells apart a request that differs: %s %s %j', (method, path, body) => {
    expect(requestFingerprint(method, path, body)).not.toBe(
      requestFingerprint('POST', '/funds', { amount: '1.00' }),
    );
  });
});
