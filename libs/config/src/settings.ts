/**
 * The service's and the CLI's settings, read from environment variables. Both programs load them
 * through `loadSettings`, so a value means the same thing wherever it is used, and a bad value is
 * refused with a message that names the variable and what is wrong with it.
 */
import { readSealSettings, readSqliteImmutable, type SealSettings } from './seal-settings';
import { SettingsError } from './settings-error';
import {
  readByteSize,
  readChoice,
  readIdentifier,
  readInteger,
  readOptional,
  readText,
  readUntrimmedText,
  readUrl,
} from './setting-readers';

export const EVENT_STORE_KINDS = ['sqlite', 'postgres', 'eventstoredb'] as const;
export type EventStoreKind = (typeof EVENT_STORE_KINDS)[number];

export const READ_MODEL_STORE_KINDS = ['sqlite', 'postgres'] as const;
export type ReadModelStoreKind = (typeof READ_MODEL_STORE_KINDS)[number];

export const NODE_ENVIRONMENTS = ['development', 'test', 'production'] as const;
export type NodeEnvironment = (typeof NODE_ENVIRONMENTS)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** How bearer tokens are verified: with a shared HS256 secret, or with a remote identity provider's keys. */
export type JwtKeySettings =
  | { readonly kind: 'secret'; readonly secret: string }
  | { readonly kind: 'jwks'; readonly jwksUrl: string }
  | { readonly kind: 'local-secret-file' };

export interface JwtSettings {
  readonly key: JwtKeySettings;
  readonly issuer?: string;
  readonly audience?: string;
}

/** How the web application signs people in with the city's identity provider (OpenID Connect). */
export interface OidcSettings {
  /** The issuer's URL; its discovery document is at `/.well-known/openid-configuration` below it. */
  readonly issuerUrl: string;
  /** The public client (authorization code flow with PKCE, no client secret) registered for the web application. */
  readonly clientId: string;
  /** The scopes asked for, separated by spaces. */
  readonly scope: string;
}

export interface Settings {
  readonly eventStore: EventStoreKind;
  readonly sqlitePath: string;
  readonly databaseUrl?: string;
  readonly databaseSchema: string;
  readonly eventStoreDbUrl?: string;
  readonly readModelStore: ReadModelStoreKind;
  readonly port: number;
  readonly host: string;
  readonly nodeEnv: NodeEnvironment;
  readonly logLevel: LogLevel;
  readonly jwt: JwtSettings;
  readonly bodyLimitBytes: number;
  readonly commandRetryLimit: number;
  readonly readYourWritesTimeoutMs: number;
  readonly idempotencyRetentionHours: number;
  /** Where the city keeps its filled-in accessibility statement and privacy notice; unset: the templates. */
  readonly legalTextsDirectory?: string;
  /** How long a client may take to send a request's headers before its connection is closed. */
  readonly httpHeadersTimeoutMs: number;
  /** How long a client may take to send a whole request (headers and body). */
  readonly httpRequestTimeoutMs: number;
  readonly seals: SealSettings;
  /** The CLI's auditing commands read the SQLite file as an immutable snapshot. */
  readonly sqliteImmutable: boolean;
  /** Set when the web application signs in with an identity provider. */
  readonly oidc?: OidcSettings;
  /** The folder of the built web application the service serves at `/`. */
  readonly webAppPath: string;
}

export const DEFAULT_SQLITE_PATH = './data/ledger.sqlite';
/** Where `npm run build` puts the web application, relative to the working directory. */
export const DEFAULT_WEB_APP_PATH = './dist/apps/ledger-web';
export const DEFAULT_OIDC_SCOPE = 'openid profile';
/** Loopback by default: a fresh checkout must not expose a ledger to the network by accident. */
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 3000;
export const DEFAULT_BODY_LIMIT = '64kb';
/** No command or query of this service needs more than a few kilobytes; a larger limit only invites abuse. */
export const BODY_LIMIT_BYTES_MAX = 10 * 1024 * 1024;
export const DEFAULT_COMMAND_RETRY_LIMIT = 5;
export const COMMAND_RETRY_LIMIT_MAX = 50;
export const DEFAULT_READ_YOUR_WRITES_TIMEOUT_MS = 5000;
export const READ_YOUR_WRITES_TIMEOUT_MS_MAX = 60_000;
/**
 * A week: a client retrying after an outage over a long weekend still gets its first answer replayed.
 * After that a retry is still recognised by the fund from its command id and appends nothing.
 */
export const DEFAULT_IDEMPOTENCY_RETENTION_HOURS = 168;
export const IDEMPOTENCY_RETENTION_HOURS_MAX = 24 * 366;
/**
 * A client that sends its headers slowly, or a body more slowly than any real one, holds a connection
 * and memory; these bounds close such connections long before Node's own five minutes.
 */
export const DEFAULT_HTTP_HEADERS_TIMEOUT_MS = 10_000;
export const DEFAULT_HTTP_REQUEST_TIMEOUT_MS = 30_000;
export const HTTP_TIMEOUT_MS_MIN = 1_000;
export const HTTP_TIMEOUT_MS_MAX = 600_000;
/** An HS256 key shorter than the hash output weakens the signature (RFC 7518, section 3.2). */
export const JWT_SECRET_LENGTH_MIN = 32;

/** Reads and validates every setting; throws `SettingsError` naming the first bad variable. */
export function loadSettings(env: NodeJS.ProcessEnv): Settings {
  const eventStore = readChoice(env, 'EVENT_STORE', EVENT_STORE_KINDS, 'sqlite');
  const readModelStore = readChoice(env, 'READ_MODEL_STORE', READ_MODEL_STORE_KINDS, 'sqlite');
  const nodeEnv = readChoice(env, 'NODE_ENV', NODE_ENVIRONMENTS, 'development');
  const settings: Settings = {
    eventStore,
    sqlitePath: readText(env, 'SQLITE_PATH', DEFAULT_SQLITE_PATH),
    databaseUrl: readOptional(env, 'DATABASE_URL', (name, value) =>
      readUrl(name, value, ['postgres:', 'postgresql:']),
    ),
    databaseSchema: readIdentifier(env, 'DATABASE_SCHEMA', 'public'),
    eventStoreDbUrl: readOptional(env, 'EVENTSTOREDB_URL', (name, value) =>
      readUrl(name, value, [
        'esdb:',
        'esdb+discover:',
        'kurrentdb:',
        'kurrentdb+discover:',
        'kurrent:',
        'kurrent+discover:',
      ]),
    ),
    readModelStore,
    port: readInteger(env, 'PORT', DEFAULT_PORT, { min: 0, max: 65535 }),
    host: readText(env, 'HOST', DEFAULT_HOST),
    nodeEnv,
    logLevel: readChoice(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    jwt: readJwtSettings(env, nodeEnv),
    bodyLimitBytes: readByteSize(env, 'BODY_LIMIT', DEFAULT_BODY_LIMIT, BODY_LIMIT_BYTES_MAX),
    commandRetryLimit: readInteger(env, 'COMMAND_RETRY_LIMIT', DEFAULT_COMMAND_RETRY_LIMIT, {
      min: 0,
      max: COMMAND_RETRY_LIMIT_MAX,
    }),
    readYourWritesTimeoutMs: readInteger(
      env,
      'READ_YOUR_WRITES_TIMEOUT_MS',
      DEFAULT_READ_YOUR_WRITES_TIMEOUT_MS,
      { min: 0, max: READ_YOUR_WRITES_TIMEOUT_MS_MAX },
    ),
    idempotencyRetentionHours: readInteger(
      env,
      'IDEMPOTENCY_RETENTION_HOURS',
      DEFAULT_IDEMPOTENCY_RETENTION_HOURS,
      { min: 1, max: IDEMPOTENCY_RETENTION_HOURS_MAX },
    ),
    legalTextsDirectory: readOptional(env, 'LEGAL_TEXTS_DIR', readUntrimmedText),
    ...readHttpTimeouts(env),
    seals: readSealSettings(env, nodeEnv),
    sqliteImmutable: readSqliteImmutable(env),
    oidc: readOidcSettings(env, nodeEnv),
    webAppPath: readText(env, 'WEB_APP_PATH', DEFAULT_WEB_APP_PATH),
  };
  assertStoreReachable(settings);
  assertOidcVerifiable(settings);
  return settings;
}

function readHttpTimeouts(
  env: NodeJS.ProcessEnv,
): Pick<Settings, 'httpHeadersTimeoutMs' | 'httpRequestTimeoutMs'> {
  const bounds = { min: HTTP_TIMEOUT_MS_MIN, max: HTTP_TIMEOUT_MS_MAX };
  const httpHeadersTimeoutMs = readInteger(
    env,
    'HTTP_HEADERS_TIMEOUT_MS',
    DEFAULT_HTTP_HEADERS_TIMEOUT_MS,
    bounds,
  );
  const httpRequestTimeoutMs = readInteger(
    env,
    'HTTP_REQUEST_TIMEOUT_MS',
    DEFAULT_HTTP_REQUEST_TIMEOUT_MS,
    bounds,
  );
  if (httpRequestTimeoutMs < httpHeadersTimeoutMs) {
    throw new SettingsError(
      'HTTP_REQUEST_TIMEOUT_MS',
      `must be at least HTTP_HEADERS_TIMEOUT_MS (${httpHeadersTimeoutMs}): the headers are part of the request`,
    );
  }
  return { httpHeadersTimeoutMs, httpRequestTimeoutMs };
}

function readJwtSettings(env: NodeJS.ProcessEnv, nodeEnv: NodeEnvironment): JwtSettings {
  const secret = readOptional(env, 'JWT_SECRET', readJwtSecret);
  const jwksUrl = readOptional(env, 'JWKS_URL', (name, value) =>
    readUrl(name, value, nodeEnv === 'production' ? ['https:'] : ['https:', 'http:']),
  );
  const issuer = readOptional(env, 'JWT_ISSUER', (_name, value) => value);
  const audience = readOptional(env, 'JWT_AUDIENCE', (_name, value) => value);
  return { key: chooseJwtKey(secret, jwksUrl, nodeEnv), issuer, audience };
}

function readOidcSettings(env: NodeJS.ProcessEnv, nodeEnv: NodeEnvironment): OidcSettings | undefined {
  const issuerUrl = readOptional(env, 'OIDC_ISSUER_URL', (name, value) =>
    readUrl(name, value, nodeEnv === 'production' ? ['https:'] : ['https:', 'http:']),
  );
  const clientId = readOptional(env, 'OIDC_CLIENT_ID', (_name, value) => value);
  if (issuerUrl === undefined) {
    if (clientId !== undefined)
      throw new SettingsError('OIDC_ISSUER_URL', 'required when OIDC_CLIENT_ID is set');
    return undefined;
  }
  if (clientId === undefined)
    throw new SettingsError('OIDC_CLIENT_ID', 'required when OIDC_ISSUER_URL is set');
  const scope = readText(env, 'OIDC_SCOPE', DEFAULT_OIDC_SCOPE);
  if (!scope.split(' ').includes('openid')) {
    throw new SettingsError('OIDC_SCOPE', `must include openid; got "${scope}"`);
  }
  return { issuerUrl, clientId, scope };
}

/** The identity provider's tokens are signed with its keys, which only a JWKS URL lets the service check. */
function assertOidcVerifiable(settings: Settings): void {
  if (settings.oidc !== undefined && settings.jwt.key.kind !== 'jwks') {
    throw new SettingsError(
      'JWKS_URL',
      "required when OIDC_ISSUER_URL is set (the identity provider's key set)",
    );
  }
}

function readJwtSecret(name: string, value: string): string {
  if (value.length < JWT_SECRET_LENGTH_MIN) {
    throw new SettingsError(name, `must be at least ${JWT_SECRET_LENGTH_MIN} characters long`);
  }
  return value;
}

function chooseJwtKey(
  secret: string | undefined,
  jwksUrl: string | undefined,
  nodeEnv: NodeEnvironment,
): JwtKeySettings {
  if (secret !== undefined && jwksUrl !== undefined) {
    throw new SettingsError('JWT_SECRET', 'cannot be combined with JWKS_URL; set only one of them');
  }
  if (secret !== undefined) return { kind: 'secret', secret };
  if (jwksUrl !== undefined) return { kind: 'jwks', jwksUrl };
  if (nodeEnv === 'production') {
    throw new SettingsError(
      'JWT_SECRET',
      'required when NODE_ENV=production (or set JWKS_URL to use an identity provider)',
    );
  }
  return { kind: 'local-secret-file' };
}

function assertStoreReachable(settings: Settings): void {
  if (settings.eventStore === 'postgres' && settings.databaseUrl === undefined) {
    throw new SettingsError('DATABASE_URL', 'required when EVENT_STORE=postgres');
  }
  if (settings.eventStore === 'eventstoredb' && settings.eventStoreDbUrl === undefined) {
    throw new SettingsError('EVENTSTOREDB_URL', 'required when EVENT_STORE=eventstoredb');
  }
  if (
    settings.eventStore === 'eventstoredb' &&
    settings.readModelStore === 'postgres' &&
    settings.databaseUrl === undefined
  ) {
    throw new SettingsError('DATABASE_URL', 'required when READ_MODEL_STORE=postgres');
  }
}
