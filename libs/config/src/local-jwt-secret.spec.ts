/**
 * Goal: without a configured key, the service and the CLI find the same random secret beside the
 * data, created once with owner-only permissions, and a configured key always wins.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localJwtSecretPath, resolveJwtVerificationKey } from './local-jwt-secret';
import { loadSettings } from './settings';

describe('resolveJwtVerificationKey', () => {
  let directory: string;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'ledger-secret-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  function settingsBeside(dataDirectory: string) {
    return loadSettings({ SQLITE_PATH: join(dataDirectory, 'ledger.sqlite') });
  }

  it('creates a random secret file beside the data, readable by its owner only', () => {
    const dataDirectory = join(directory, 'nested', 'data');
    const key = resolveJwtVerificationKey(settingsBeside(dataDirectory));
    const path = join(dataDirectory, 'jwt-secret');
    expect(key).toEqual({ kind: 'secret', secret: readFileSync(path, 'utf8'), source: path });
    expect(key.kind === 'secret' && key.secret.length).toBeGreaterThanOrEqual(32);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('reuses the existing secret on the next start', () => {
    const first = resolveJwtVerificationKey(settingsBeside(directory));
    const second = resolveJwtVerificationKey(settingsBeside(directory));
    expect(second).toEqual(first);
  });

  it('refuses a secret file that other users can read', () => {
    const settings = settingsBeside(directory);
    resolveJwtVerificationKey(settings);
    chmodSync(localJwtSecretPath(settings), 0o644);
    expect(() => resolveJwtVerificationKey(settings)).toThrow(/readable by other users/);
  });

  it('refuses a secret file that is too short to be a safe key', () => {
    const settings = settingsBeside(directory);
    writeFileSync(localJwtSecretPath(settings), 'short', { mode: 0o600 });
    expect(() => resolveJwtVerificationKey(settings)).toThrow(/shorter than 32 characters/);
  });

  it('uses JWT_SECRET or JWKS_URL when configured and creates no file', () => {
    const secret = 'a-configured-secret-of-at-least-32-chars';
    const sqlitePath = join(directory, 'ledger.sqlite');
    expect(resolveJwtVerificationKey(loadSettings({ SQLITE_PATH: sqlitePath, JWT_SECRET: secret }))).toEqual({
      kind: 'secret',
      secret,
      source: 'JWT_SECRET',
    });
    expect(
      resolveJwtVerificationKey(
        loadSettings({ SQLITE_PATH: sqlitePath, JWKS_URL: 'https://id.example/certs' }),
      ),
    ).toEqual({ kind: 'jwks', jwksUrl: 'https://id.example/certs' });
    expect(() => statSync(join(directory, 'jwt-secret'))).toThrow();
  });
});
