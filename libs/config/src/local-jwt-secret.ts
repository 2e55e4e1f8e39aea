/**
 * For local use without any configured key, the service and the CLI share a random HS256 secret kept
 * in a file beside the data. Whichever program starts first creates it; both then read the same file,
 * so a token minted by `ledger-cli token` is accepted by the service running on the same data.
 */
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { JWT_SECRET_LENGTH_MIN, type Settings } from './settings';

export const LOCAL_JWT_SECRET_FILE_NAME = 'jwt-secret';
const LOCAL_SECRET_BYTES = 32;
const OWNER_READ_WRITE = 0o600;

/** Where the service may verify tokens: a shared secret (configured or local) or a remote JWKS. */
export type JwtVerificationKey =
  | {
      readonly kind: 'secret';
      readonly secret: string;
      /** Where the secret came from, for messages: `JWT_SECRET` or the local secret file's path. */
      readonly source: string;
    }
  | { readonly kind: 'jwks'; readonly jwksUrl: string };

export function localJwtSecretPath(settings: Settings): string {
  return join(dirname(resolve(settings.sqlitePath)), LOCAL_JWT_SECRET_FILE_NAME);
}

/**
 * Resolves the key to verify (or sign) tokens with. With no JWT_SECRET and no JWKS_URL this reads the
 * local secret file, creating it (owner-only permissions) if it does not exist yet.
 */
export function resolveJwtVerificationKey(settings: Settings): JwtVerificationKey {
  const key = settings.jwt.key;
  if (key.kind === 'secret') return { kind: 'secret', secret: key.secret, source: 'JWT_SECRET' };
  if (key.kind === 'jwks') return { kind: 'jwks', jwksUrl: key.jwksUrl };
  const path = localJwtSecretPath(settings);
  return { kind: 'secret', secret: readOrCreateSecretFile(path), source: path };
}

function readOrCreateSecretFile(path: string): string {
  mkdirSync(dirname(path), { recursive: true });
  createSecretFileUnlessPresent(path);
  return readSecretFile(path);
}

/**
 * Writes the secret to a temporary file and links it into place: the link either succeeds whole or
 * fails because another program won the race, so no reader ever sees a half-written secret.
 */
function createSecretFileUnlessPresent(path: string): void {
  const temporaryPath = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temporaryPath, randomBytes(LOCAL_SECRET_BYTES).toString('base64url'), {
    mode: OWNER_READ_WRITE,
    flag: 'wx',
  });
  try {
    linkSync(temporaryPath, path);
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temporaryPath);
  }
}

function readSecretFile(path: string): string {
  if ((statSync(path).mode & 0o077) !== 0) {
    throw new Error(`The local token secret ${path} is readable by other users; restrict it with chmod 600`);
  }
  const secret = readFileSync(path, 'utf8').trim();
  if (secret.length < JWT_SECRET_LENGTH_MIN) {
    throw new Error(
      `The local token secret ${path} is shorter than ${JWT_SECRET_LENGTH_MIN} characters; delete it to generate a new one`,
    );
  }
  return secret;
}

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}
