/**
 * The keys of sealing: the service's Ed25519 private key, read from a file or a key service named in
 * the settings (never from the database), and the public keys an auditor trusts, read from a PEM file
 * that came to them by another way than the ledger (the council's minutes, the city's key register).
 */
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { sealKeyId } from './seal';

/** Where the signing key comes from. */
export type SigningKeySource =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'url'; readonly url: string; readonly bearerToken?: string };

export class SealKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealKeyError';
  }
}

const KEY_SERVICE_TIMEOUT_MS = 10_000;
/** A PEM private key is a few hundred bytes; anything much larger is not one. */
const KEY_TEXT_LENGTH_MAX = 64 * 1024;

/** Reads the signing key; refuses anything that is not an Ed25519 private key. */
export async function loadSigningKey(source: SigningKeySource): Promise<KeyObject> {
  const text = source.kind === 'file' ? await readKeyFile(source.path) : await fetchKey(source);
  let key: KeyObject;
  try {
    key = createPrivateKey(text);
  } catch (error) {
    throw new SealKeyError(
      `The seal signing key ${where(source)} is not a PEM private key: ${messageOf(error)}`,
    );
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new SealKeyError(
      `The seal signing key ${where(source)} is a ${String(key.asymmetricKeyType)} key; seals need Ed25519`,
    );
  }
  return key;
}

/**
 * Public keys by key id, from PEM text holding one or more `PUBLIC KEY` blocks (a key rotated out
 * stays in the file, so older seals still verify). Refuses keys that are not Ed25519.
 */
export function parseTrustedSealKeys(pemText: string, origin: string): Map<string, KeyObject> {
  const blocks = pemText.match(/-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/g) ?? [];
  if (blocks.length === 0) {
    throw new SealKeyError(`${origin} holds no PEM public key (-----BEGIN PUBLIC KEY-----)`);
  }
  const keys = new Map<string, KeyObject>();
  for (const block of blocks) {
    const key = createPublicKey(block);
    if (key.asymmetricKeyType !== 'ed25519') {
      throw new SealKeyError(`${origin} holds a ${String(key.asymmetricKeyType)} key; seals use Ed25519`);
    }
    keys.set(sealKeyId(key), key);
  }
  return keys;
}

export async function readTrustedSealKeys(path: string): Promise<Map<string, KeyObject>> {
  return parseTrustedSealKeys(await readKeyFile(path), path);
}

/** The public key (of a signing key, or itself) as PEM, for publishing it beside the seals. */
export function publicKeyPem(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

async function readKeyFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new SealKeyError(`The key file ${path} cannot be read: ${messageOf(error)}`);
  }
}

/** A key service answers a GET with the PEM text of the key, to a bearer token when one is configured. */
async function fetchKey(source: Extract<SigningKeySource, { kind: 'url' }>): Promise<string> {
  const headers: Record<string, string> = { accept: 'application/x-pem-file, text/plain' };
  if (source.bearerToken !== undefined) headers['authorization'] = `Bearer ${source.bearerToken}`;
  let response: Response;
  try {
    response = await fetch(source.url, { headers, signal: AbortSignal.timeout(KEY_SERVICE_TIMEOUT_MS) });
  } catch (error) {
    throw new SealKeyError(`The key service ${where(source)} cannot be reached: ${messageOf(error)}`);
  }
  const text = await response.text();
  if (!response.ok) {
    throw new SealKeyError(`The key service ${where(source)} answered HTTP ${response.status}`);
  }
  if (text.length > KEY_TEXT_LENGTH_MAX) {
    throw new SealKeyError(`The key service ${where(source)} answered more than a key`);
  }
  return text;
}

/** Names the source without repeating a URL's credentials or query. */
function where(source: SigningKeySource): string {
  if (source.kind === 'file') return `in ${source.path}`;
  const url = new URL(source.url);
  return `at ${url.protocol}//${url.host}${url.pathname}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
