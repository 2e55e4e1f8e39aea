/**
 * A seal: a checkpoint of the log signed with the ledger's Ed25519 key. It commits to a global position,
 * the ledger digest root there, the number of events and streams up to it and the running hash of the
 * global order, so anyone holding the seal and the public key can tell whether a log is the one that
 * was sealed: an event appended, removed, edited, rehashed or moved at or before the position changes
 * one of them. `docs/hash-chain.md` states the rules; ADR 0035 the reasons.
 */
import canonicalize from 'canonicalize';
import { createPublicKey, hash, sign, verify, type KeyObject } from 'node:crypto';

export const SEAL_TYPE = 'fund-ledger/seal';
export const SEAL_VERSION = 1;

/** The signed fields of a seal. */
export interface SealBody {
  readonly type: typeof SEAL_TYPE;
  readonly version: typeof SEAL_VERSION;
  /** Every event at or before this global position is covered. */
  readonly position: number;
  readonly eventCount: number;
  readonly streamCount: number;
  /** The ledger digest root at the position (docs/hash-chain.md, section 2). */
  readonly digestRoot: string;
  /** The running hash of the global order at the position. */
  readonly orderHash: string;
  /** When the sealing service signed it (its own clock; the time-stamp token is the independent one). */
  readonly sealedAt: string;
  /** Lowercase hex SHA-256 of the raw 32-byte Ed25519 public key that signs it. */
  readonly keyId: string;
}

export interface Seal extends SealBody {
  /** Ed25519 signature over the seal's signing input, lowercase hex (64 bytes). */
  readonly signature: string;
}

/** A seal as it is published and carried by reports: the seal and its RFC 3161 token when it has one. */
export interface PublishedSeal extends Seal {
  /** Base64 DER of the RFC 3161 TimeStampToken over SHA-256 of the signature's bytes; null until stamped. */
  readonly timeStampToken: string | null;
}

/** The nine signed members of a seal, in a fixed order, and nothing else it may carry. */
export function sealBodyOf(seal: SealBody): SealBody {
  const { type, version, position, eventCount, streamCount, digestRoot, orderHash, sealedAt, keyId } = seal;
  return { type, version, position, eventCount, streamCount, digestRoot, orderHash, sealedAt, keyId };
}

/** What a seal is signed over: the UTF-8 bytes of the RFC 8785 canonical JSON of its body. */
export function sealSigningInput(body: SealBody): Buffer {
  return Buffer.from(canonicalize(sealBodyOf(body)) as string, 'utf8');
}

/** The bytes a time-stamping authority is asked to stamp: the seal's 64 signature bytes. */
export function sealTimeStampInput(seal: Pick<Seal, 'signature'>): Buffer {
  return Buffer.from(seal.signature, 'hex');
}

/** Lowercase hex SHA-256 of the raw Ed25519 public key: how a seal names the key that signed it. */
export function sealKeyId(publicKey: KeyObject): string {
  return hash('sha256', rawEd25519PublicKey(publicKey), 'hex');
}

export function signSeal(body: Omit<SealBody, 'type' | 'version' | 'keyId'>, privateKey: KeyObject): Seal {
  const publicKey = createPublicKey(privateKey);
  const full: SealBody = { type: SEAL_TYPE, version: SEAL_VERSION, ...body, keyId: sealKeyId(publicKey) };
  const signature = sign(null, sealSigningInput(full), privateKey).toString('hex');
  return { ...full, signature };
}

/** True when the signature is the key's over the seal's body; the caller picks the key by `keyId`. */
export function hasValidSignature(seal: Seal, publicKey: KeyObject): boolean {
  if (!/^[0-9a-f]{128}$/.test(seal.signature)) return false;
  return verify(null, sealSigningInput(seal), publicKey, Buffer.from(seal.signature, 'hex'));
}

/** A seal and its token as one published document, fields in a fixed order. */
export function publishedSeal(seal: Seal, timeStampToken: string | null): PublishedSeal {
  return { ...sealBodyOf(seal), signature: seal.signature, timeStampToken };
}

/** Describes the first field of a would-be seal that is missing or has the wrong type, or null. */
export function sealShapeProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'it is not a JSON object';
  const seal = value as Record<string, unknown>;
  if (seal['type'] !== SEAL_TYPE) return `type is not "${SEAL_TYPE}"`;
  if (seal['version'] !== SEAL_VERSION) return `version is not ${SEAL_VERSION}`;
  for (const field of ['position', 'eventCount', 'streamCount']) {
    const count = seal[field];
    if (!Number.isSafeInteger(count) || (count as number) < 0) return `${field} is not a whole number`;
  }
  for (const field of ['digestRoot', 'orderHash', 'keyId']) {
    if (typeof seal[field] !== 'string' || !/^[0-9a-f]{64}$/.test(seal[field])) {
      return `${field} is not 64 lowercase hexadecimal characters`;
    }
  }
  if (typeof seal['sealedAt'] !== 'string' || Number.isNaN(Date.parse(seal['sealedAt']))) {
    return 'sealedAt is not an instant';
  }
  if (typeof seal['signature'] !== 'string') return 'signature is missing';
  const token = seal['timeStampToken'];
  if (token !== undefined && token !== null && typeof token !== 'string')
    return 'timeStampToken is not a string';
  return null;
}

function rawEd25519PublicKey(publicKey: KeyObject): Buffer {
  if (publicKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(`A seal key must be an Ed25519 key, got ${String(publicKey.asymmetricKeyType)}`);
  }
  const jwk = publicKey.export({ format: 'jwk' });
  return Buffer.from(String(jwk.x), 'base64url');
}
