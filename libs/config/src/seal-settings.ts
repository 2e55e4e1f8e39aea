/**
 * Settings of the log's seals: where the signing key comes from (a file or a key service, never the
 * database), which time-stamping authority stamps seals and which CA an auditor trusts for its tokens,
 * which public keys an auditor trusts, where seals are published, and how often the service seals.
 */
import { SettingsError } from './settings-error';
import { readChoice, readInteger, readOptional, readUrl } from './setting-readers';
import type { NodeEnvironment } from './settings';

export type SealSigningKeySetting =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'url'; readonly url: string; readonly bearerToken?: string };

export interface SealSettings {
  /** Absent: the service does not seal (refused with NODE_ENV=production). */
  readonly signingKey?: SealSigningKeySetting;
  readonly timeStampAuthorityUrl?: string;
  /** PEM certificates of the CAs whose time-stamping authorities an auditor trusts. */
  readonly timeStampAuthorityCaFile?: string;
  /** PEM public keys an auditor trusts for seals (`verify`, the seal status). */
  readonly publicKeyFile?: string;
  readonly publishDirectory?: string;
  readonly publishUrl?: string;
  readonly everyEvents: number;
  readonly everyMinutes: number;
}

export const DEFAULT_SEAL_EVERY_EVENTS = 1000;
export const DEFAULT_SEAL_EVERY_MINUTES = 15;

export function readSealSettings(env: NodeJS.ProcessEnv, nodeEnv: NodeEnvironment): SealSettings {
  const urlProtocols = nodeEnv === 'production' ? ['https:'] : ['https:', 'http:'];
  const keyFile = readOptional(env, 'SEAL_SIGNING_KEY_FILE', (_name, value) => value);
  const keyUrl = readOptional(env, 'SEAL_SIGNING_KEY_URL', (name, value) =>
    readUrl(name, value, urlProtocols),
  );
  const keyToken = readOptional(env, 'SEAL_SIGNING_KEY_TOKEN', (_name, value) => value);
  if (keyFile !== undefined && keyUrl !== undefined) {
    throw new SettingsError(
      'SEAL_SIGNING_KEY_FILE',
      'cannot be combined with SEAL_SIGNING_KEY_URL; set only one of them',
    );
  }
  const signingKey: SealSigningKeySetting | undefined =
    keyFile !== undefined
      ? { kind: 'file', path: keyFile }
      : keyUrl !== undefined
        ? { kind: 'url', url: keyUrl, ...(keyToken === undefined ? {} : { bearerToken: keyToken }) }
        : undefined;
  return {
    signingKey,
    timeStampAuthorityUrl: readOptional(env, 'SEAL_TSA_URL', (name, value) =>
      readUrl(name, value, ['https:', 'http:']),
    ),
    timeStampAuthorityCaFile: readOptional(env, 'SEAL_TSA_CA_FILE', (_name, value) => value),
    publicKeyFile: readOptional(env, 'SEAL_PUBLIC_KEY_FILE', (_name, value) => value),
    publishDirectory: readOptional(env, 'SEAL_PUBLISH_DIR', (_name, value) => value),
    publishUrl: readOptional(env, 'SEAL_PUBLISH_URL', (name, value) => readUrl(name, value, urlProtocols)),
    everyEvents: readInteger(env, 'SEAL_EVERY_EVENTS', DEFAULT_SEAL_EVERY_EVENTS, { min: 1, max: 1_000_000 }),
    everyMinutes: readInteger(env, 'SEAL_EVERY_MINUTES', DEFAULT_SEAL_EVERY_MINUTES, {
      min: 1,
      max: 24 * 60,
    }),
  };
}

/** `SQLITE_IMMUTABLE=true`: the CLI's auditing commands read the SQLite file once into memory and never touch it. */
export function readSqliteImmutable(env: NodeJS.ProcessEnv): boolean {
  return readChoice(env, 'SQLITE_IMMUTABLE', ['true', 'false'], 'false') === 'true';
}

/** The production refusal: a ledger service in production must seal its log. */
export function assertSealingConfigured(settings: {
  readonly nodeEnv: NodeEnvironment;
  readonly seals: SealSettings;
}): void {
  if (settings.nodeEnv === 'production' && settings.seals.signingKey === undefined) {
    throw new SettingsError(
      'SEAL_SIGNING_KEY_FILE',
      'required when NODE_ENV=production (or set SEAL_SIGNING_KEY_URL to read the key from a key service)',
    );
  }
}
