/**
 * Goal: every setting has a safe default, and every bad value is refused with a message that names
 * the variable and the problem, without echoing anything that may hold a credential.
 */
import { assertSealingConfigured } from './seal-settings';
import { loadSettings } from './settings';
import { SettingsError } from './settings-error';
import {
  sqliteReadModelPath,
  toEventStoreConfig,
  toIdempotencyStoreConfig,
  toReadModelStoreConfig,
} from './store-configs';

const SECRET = 'a-local-test-secret-of-at-least-32-chars';

function refusal(env: NodeJS.ProcessEnv): SettingsError {
  try {
    loadSettings(env);
  } catch (error) {
    if (error instanceof SettingsError) return error;
    throw error;
  }
  throw new Error('expected the settings to be refused');
}

describe('loadSettings', () => {
  it('gives safe local defaults for an empty environment', () => {
    const settings = loadSettings({});
    expect(settings).toEqual({
      eventStore: 'sqlite',
      sqlitePath: './data/ledger.sqlite',
      databaseUrl: undefined,
      databaseSchema: 'public',
      eventStoreDbUrl: undefined,
      readModelStore: 'sqlite',
      port: 3000,
      host: '127.0.0.1',
      nodeEnv: 'development',
      logLevel: 'info',
      jwt: { key: { kind: 'local-secret-file' }, issuer: undefined, audience: undefined },
      bodyLimitBytes: 64 * 1024,
      commandRetryLimit: 5,
      readYourWritesTimeoutMs: 5000,
      idempotencyRetentionHours: 168,
      legalTextsDirectory: undefined,
      httpHeadersTimeoutMs: 10_000,
      httpRequestTimeoutMs: 30_000,
      seals: {
        signingKey: undefined,
        timeStampAuthorityUrl: undefined,
        timeStampAuthorityCaFile: undefined,
        publicKeyFile: undefined,
        publishDirectory: undefined,
        publishUrl: undefined,
        everyEvents: 1000,
        everyMinutes: 15,
      },
      sqliteImmutable: false,
      oidc: undefined,
      webAppPath: './dist/apps/ledger-web',
    });
  });

  it('reads the HTTP time-outs and refuses a request time-out shorter than the headers time-out', () => {
    expect(loadSettings({ HTTP_HEADERS_TIMEOUT_MS: '2000', HTTP_REQUEST_TIMEOUT_MS: '4000' })).toMatchObject({
      httpHeadersTimeoutMs: 2000,
      httpRequestTimeoutMs: 4000,
    });
    expect(refusal({ HTTP_HEADERS_TIMEOUT_MS: '20000', HTTP_REQUEST_TIMEOUT_MS: '10000' }).message).toContain(
      'HTTP_REQUEST_TIMEOUT_MS',
    );
    expect(refusal({ HTTP_HEADERS_TIMEOUT_MS: '10' }).message).toContain('HTTP_HEADERS_TIMEOUT_MS');
  });

  it('treats empty values as unset', () => {
    expect(loadSettings({ EVENT_STORE: '', PORT: '' }).port).toBe(3000);
  });

  it('reads every setting', () => {
    const settings = loadSettings({
      EVENT_STORE: 'postgres',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/ledger',
      DATABASE_SCHEMA: 'city_fund',
      PORT: '8080',
      HOST: '0.0.0.0',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      JWT_SECRET: SECRET,
      JWT_ISSUER: 'https://id.example',
      JWT_AUDIENCE: 'fund-ledger',
      BODY_LIMIT: '1mb',
      COMMAND_RETRY_LIMIT: '0',
      READ_YOUR_WRITES_TIMEOUT_MS: '250',
      IDEMPOTENCY_RETENTION_HOURS: '24',
      LEGAL_TEXTS_DIR: '/etc/fund-ledger/legal',
    });
    expect(settings).toMatchObject({
      eventStore: 'postgres',
      databaseSchema: 'city_fund',
      port: 8080,
      host: '0.0.0.0',
      nodeEnv: 'production',
      logLevel: 'warn',
      jwt: { key: { kind: 'secret', secret: SECRET }, issuer: 'https://id.example', audience: 'fund-ledger' },
      bodyLimitBytes: 1024 * 1024,
      commandRetryLimit: 0,
      readYourWritesTimeoutMs: 250,
      idempotencyRetentionHours: 24,
      legalTextsDirectory: '/etc/fund-ledger/legal',
    });
  });

  it.each([
    [
      { EVENT_STORE: 'mongodb' },
      'EVENT_STORE',
      'must be one of sqlite, postgres, eventstoredb; got "mongodb"',
    ],
    [{ READ_MODEL_STORE: 'redis' }, 'READ_MODEL_STORE', 'must be one of sqlite, postgres'],
    [{ PORT: '70000' }, 'PORT', 'must be between 0 and 65535; got 70000'],
    [{ PORT: '3e3' }, 'PORT', 'must be a whole number; got "3e3"'],
    [{ PORT: '-1' }, 'PORT', 'must be a whole number'],
    [{ NODE_ENV: 'prod' }, 'NODE_ENV', 'must be one of development, test, production'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL', 'must be one of fatal, error, warn'],
    [{ BODY_LIMIT: '64 kb' }, 'BODY_LIMIT', 'must be a size such as 65536, 64kb or 1mb'],
    [{ BODY_LIMIT: '11mb' }, 'BODY_LIMIT', 'must be between 1 byte and 10mb'],
    [{ BODY_LIMIT: '0' }, 'BODY_LIMIT', 'must be between 1 byte and 10mb'],
    [{ COMMAND_RETRY_LIMIT: '51' }, 'COMMAND_RETRY_LIMIT', 'must be between 0 and 50'],
    [{ READ_YOUR_WRITES_TIMEOUT_MS: '1.5' }, 'READ_YOUR_WRITES_TIMEOUT_MS', 'must be a whole number'],
    [{ IDEMPOTENCY_RETENTION_HOURS: '0' }, 'IDEMPOTENCY_RETENTION_HOURS', 'must be between 1 and 8784'],
    [{ DATABASE_SCHEMA: 'Fund; DROP' }, 'DATABASE_SCHEMA', 'must be a lower-case SQL identifier'],
    [{ SQLITE_PATH: ' ./data/x.sqlite' }, 'SQLITE_PATH', 'must not start or end with white space'],
    [{ LEGAL_TEXTS_DIR: './legal ' }, 'LEGAL_TEXTS_DIR', 'must not start or end with white space'],
    [{ EVENT_STORE: 'postgres' }, 'DATABASE_URL', 'required when EVENT_STORE=postgres'],
    [{ EVENT_STORE: 'eventstoredb' }, 'EVENTSTOREDB_URL', 'required when EVENT_STORE=eventstoredb'],
    [
      {
        EVENT_STORE: 'eventstoredb',
        EVENTSTOREDB_URL: 'esdb://localhost:2113',
        READ_MODEL_STORE: 'postgres',
      },
      'DATABASE_URL',
      'required when READ_MODEL_STORE=postgres',
    ],
    [
      { DATABASE_URL: 'mysql://db/ledger' },
      'DATABASE_URL',
      'must be a URL starting with postgres:// or postgresql://',
    ],
    [{ EVENTSTOREDB_URL: 'not a url' }, 'EVENTSTOREDB_URL', 'must be a URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET', 'must be at least 32 characters long'],
    [
      { JWT_SECRET: SECRET, JWKS_URL: 'https://id.example/certs' },
      'JWT_SECRET',
      'cannot be combined with JWKS_URL',
    ],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET', 'required when NODE_ENV=production'],
    [
      { NODE_ENV: 'production', JWKS_URL: 'http://id.example/certs' },
      'JWKS_URL',
      'must be a URL starting with https://',
    ],
    [{ OIDC_CLIENT_ID: 'ledger-web' }, 'OIDC_ISSUER_URL', 'required when OIDC_CLIENT_ID is set'],
    [
      { OIDC_ISSUER_URL: 'https://id.example/realms/city' },
      'OIDC_CLIENT_ID',
      'required when OIDC_ISSUER_URL',
    ],
    [
      { OIDC_ISSUER_URL: 'https://id.example/realms/city', OIDC_CLIENT_ID: 'ledger-web' },
      'JWKS_URL',
      'required when OIDC_ISSUER_URL is set',
    ],
    [
      {
        NODE_ENV: 'production',
        JWKS_URL: 'https://id.example/certs',
        OIDC_ISSUER_URL: 'http://id.example/realms/city',
        OIDC_CLIENT_ID: 'ledger-web',
      },
      'OIDC_ISSUER_URL',
      'must be a URL starting with https://',
    ],
    [
      {
        JWKS_URL: 'https://id.example/certs',
        OIDC_ISSUER_URL: 'https://id.example/realms/city',
        OIDC_CLIENT_ID: 'ledger-web',
        OIDC_SCOPE: 'profile',
      },
      'OIDC_SCOPE',
      'must include openid',
    ],
  ])('refuses %j naming %s', (env, setting, problem) => {
    const error = refusal(env);
    expect(error.setting).toBe(setting);
    expect(error.message).toContain(`Invalid setting ${setting}: `);
    expect(error.problem).toContain(problem);
  });

  it('never repeats a secret or a connection string in its message', () => {
    expect(refusal({ JWT_SECRET: 'tiny-secret' }).message).not.toContain('tiny-secret');
    expect(refusal({ DATABASE_URL: 'mysql://user:hunter2@db/x' }).message).not.toContain('hunter2');
  });

  it('reads the identity provider of the web application', () => {
    const settings = loadSettings({
      NODE_ENV: 'production',
      JWKS_URL: 'https://id.example/realms/city/protocol/openid-connect/certs',
      OIDC_ISSUER_URL: 'https://id.example/realms/city',
      OIDC_CLIENT_ID: 'ledger-web',
    });
    expect(settings.oidc).toEqual({
      issuerUrl: 'https://id.example/realms/city',
      clientId: 'ledger-web',
      scope: 'openid profile',
    });
  });

  it('accepts a JWKS URL in production instead of a secret', () => {
    const settings = loadSettings({ NODE_ENV: 'production', JWKS_URL: 'https://id.example/certs' });
    expect(settings.jwt.key).toEqual({ kind: 'jwks', jwksUrl: 'https://id.example/certs' });
  });
});

describe('seal settings', () => {
  it('reads the signing key from a file or a key service, the authority, publication and cadence', () => {
    const fromFile = loadSettings({
      SEAL_SIGNING_KEY_FILE: '/etc/fund-ledger/seal.key',
      SEAL_TSA_URL: 'https://tsa.example/rfc3161',
      SEAL_TSA_CA_FILE: '/etc/fund-ledger/tsa-ca.pem',
      SEAL_PUBLIC_KEY_FILE: '/etc/fund-ledger/seal.pub',
      SEAL_PUBLISH_DIR: '/mnt/council/seals',
      SEAL_PUBLISH_URL: 'https://archive.example/seals',
      SEAL_EVERY_EVENTS: '500',
      SEAL_EVERY_MINUTES: '5',
      SQLITE_IMMUTABLE: 'true',
    });
    const fromService = loadSettings({
      SEAL_SIGNING_KEY_URL: 'https://keys.example/seal',
      SEAL_SIGNING_KEY_TOKEN: 'key-token',
    });

    expect(fromFile.seals).toEqual({
      signingKey: { kind: 'file', path: '/etc/fund-ledger/seal.key' },
      timeStampAuthorityUrl: 'https://tsa.example/rfc3161',
      timeStampAuthorityCaFile: '/etc/fund-ledger/tsa-ca.pem',
      publicKeyFile: '/etc/fund-ledger/seal.pub',
      publishDirectory: '/mnt/council/seals',
      publishUrl: 'https://archive.example/seals',
      everyEvents: 500,
      everyMinutes: 5,
    });
    expect(fromFile.sqliteImmutable).toBe(true);
    expect(fromService.seals.signingKey).toEqual({
      kind: 'url',
      url: 'https://keys.example/seal',
      bearerToken: 'key-token',
    });
  });

  it.each([
    [
      { SEAL_SIGNING_KEY_FILE: 'a', SEAL_SIGNING_KEY_URL: 'https://k.example' },
      'SEAL_SIGNING_KEY_FILE',
      'cannot be combined',
    ],
    [
      { NODE_ENV: 'production', JWT_SECRET: SECRET, SEAL_SIGNING_KEY_URL: 'http://k.example' },
      'SEAL_SIGNING_KEY_URL',
      'https://',
    ],
    [{ SEAL_EVERY_EVENTS: '0' }, 'SEAL_EVERY_EVENTS', 'between 1 and 1000000'],
    [{ SEAL_TSA_URL: 'ftp://tsa.example' }, 'SEAL_TSA_URL', 'must be a URL starting with'],
    [{ SQLITE_IMMUTABLE: 'yes' }, 'SQLITE_IMMUTABLE', 'must be one of true, false'],
  ])('refuses %j naming %s', (env, name, problem) => {
    const error = refusal(env);
    expect(error.message).toContain(name);
    expect(error.message).toContain(problem);
  });

  it('refuses a production service without a signing key, and lets local use go without one', () => {
    const production = loadSettings({ NODE_ENV: 'production', JWT_SECRET: SECRET });
    expect(() => assertSealingConfigured(production)).toThrow(
      'Invalid setting SEAL_SIGNING_KEY_FILE: required when NODE_ENV=production',
    );
    expect(() => assertSealingConfigured(loadSettings({}))).not.toThrow();
    expect(() =>
      assertSealingConfigured(
        loadSettings({ NODE_ENV: 'production', JWT_SECRET: SECRET, SEAL_SIGNING_KEY_FILE: 'k' }),
      ),
    ).not.toThrow();
  });
});

describe('store configurations', () => {
  it('keeps events and idempotency records in the SQLite file, read models in a file beside it', () => {
    const settings = loadSettings({ SQLITE_PATH: '/var/lib/ledger/events.sqlite' });
    expect(toEventStoreConfig(settings)).toEqual({ kind: 'sqlite', path: '/var/lib/ledger/events.sqlite' });
    expect(toIdempotencyStoreConfig(settings)).toEqual({
      kind: 'sqlite',
      path: '/var/lib/ledger/events.sqlite',
    });
    expect(toReadModelStoreConfig(settings)).toEqual({
      kind: 'sqlite',
      path: '/var/lib/ledger/events.read-models.sqlite',
    });
  });

  it.each([
    ['data/ledger.sqlite', 'data/ledger.read-models.sqlite'],
    ['data/ledger.db', 'data/ledger.db.read-models.sqlite'],
    ['ledger', 'ledger.read-models.sqlite'],
  ])('places the read models of %s in %s', (eventsPath, readModelsPath) => {
    expect(sqliteReadModelPath(eventsPath)).toBe(readModelsPath);
  });

  it('keeps read models in the PostgreSQL schema of the events', () => {
    const settings = loadSettings({
      EVENT_STORE: 'postgres',
      DATABASE_URL: 'postgres://127.0.0.1/ledger',
      DATABASE_SCHEMA: 'ledger',
    });
    const expected = { kind: 'postgres', connectionString: 'postgres://127.0.0.1/ledger', schema: 'ledger' };
    expect(toEventStoreConfig(settings)).toEqual(expected);
    expect(toReadModelStoreConfig(settings)).toEqual(expected);
    expect(toIdempotencyStoreConfig(settings)).toEqual(expected);
  });

  it('puts read models where READ_MODEL_STORE says when events live in EventStoreDB', () => {
    const settings = loadSettings({
      EVENT_STORE: 'eventstoredb',
      EVENTSTOREDB_URL: 'esdb://127.0.0.1:2113?tls=false',
      READ_MODEL_STORE: 'postgres',
      DATABASE_URL: 'postgres://127.0.0.1/ledger',
    });
    expect(toEventStoreConfig(settings)).toEqual({
      kind: 'eventstoredb',
      connectionString: 'esdb://127.0.0.1:2113?tls=false',
    });
    expect(toReadModelStoreConfig(settings)).toEqual({
      kind: 'postgres',
      connectionString: 'postgres://127.0.0.1/ledger',
      schema: 'public',
    });
  });
});
