/** Goal: the demo calls the service where it listens: LEDGER_URL when given, else the service's own PORT. */
import { DEFAULT_LEDGER_URL, demoBaseUrl } from './dortmund-demo';

describe('the demo’s service address', () => {
  it('is LEDGER_URL when given', () => {
    expect(demoBaseUrl({ LEDGER_URL: 'http://ledger.example:8080', PORT: '4000' })).toBe(
      'http://ledger.example:8080',
    );
  });

  it('follows the service’s PORT without LEDGER_URL', () => {
    expect(demoBaseUrl({ PORT: '4000' })).toBe('http://127.0.0.1:4000');
    expect(demoBaseUrl({ LEDGER_URL: '', PORT: '4001' })).toBe('http://127.0.0.1:4001');
  });

  it('is port 3000 without either, or with a PORT that is not a port number', () => {
    expect(demoBaseUrl({})).toBe(DEFAULT_LEDGER_URL);
    expect(demoBaseUrl({ PORT: 'eighty' })).toBe(DEFAULT_LEDGER_URL);
  });
});
