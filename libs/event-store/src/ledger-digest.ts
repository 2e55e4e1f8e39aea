/**
 * The ledger digest: one hash that commits to the whole history up to a global position. It is a Merkle
 * root over the head (last revision and its hash) of every stream at that position; since each head hash
 * covers its whole stream through the chain, the root covers every event. Reports carry it with the
 * position so anyone holding an exported log can recompute it. The exact rule is in `docs/hash-chain.md`.
 */
import canonicalize from 'canonicalize';
import { hash } from 'node:crypto';
import type { EventStore } from './event-store.port';
import type { StreamHead } from './hash-chain';

export interface LedgerDigest {
  /** The global position the digest was computed at (every event at or before it is covered). */
  readonly position: number;
  readonly streamCount: number;
  readonly eventCount: number;
  /** Lowercase hex Merkle root over the stream heads. */
  readonly root: string;
}

/** The root of a ledger without any stream: SHA-256 of the empty byte string. */
export const EMPTY_LEDGER_ROOT = hash('sha256', '', 'hex');

/** Leaf of one stream: SHA-256 of the canonical JSON `{"hash":..,"revision":..,"stream":..}`, as raw bytes. */
export function streamHeadLeaf(streamId: string, head: StreamHead): Buffer {
  const canonical = canonicalize({ stream: streamId, revision: head.revision, hash: head.hash }) as string;
  return hash('sha256', canonical, 'buffer');
}

/**
 * Merkle root of leaves in the given order. Each level pairs neighbours left to right and hashes the
 * 64 bytes `left || right`; a last node without a partner moves up unchanged (it is not paired with
 * itself, which would let two different leaf lists share a root). A leaf preimage is canonical JSON of
 * more than 64 bytes and a node preimage exactly 64 bytes, so leaves and nodes cannot be confused.
 */
export function merkleRoot(leaves: readonly Buffer[]): string {
  if (leaves.length === 0) {
    return EMPTY_LEDGER_ROOT;
  }
  let level: readonly Buffer[] = leaves;
  while (level.length > 1) {
    const next: Buffer[] = [];
    for (let index = 0; index < level.length; index += 2) {
      const right = level[index + 1];
      next.push(
        right === undefined ? level[index] : hash('sha256', Buffer.concat([level[index], right]), 'buffer'),
      );
    }
    level = next;
  }
  return level[0].toString('hex');
}

/**
 * Root over stream heads sorted by stream id in UTF-16 code unit order: the order of JavaScript's
 * default string sort and of RFC 8785 key sorting, so it needs no locale or collation.
 */
export function ledgerDigestRoot(heads: ReadonlyMap<string, StreamHead>): string {
  const streamIds = [...heads.keys()].sort();
  return merkleRoot(streamIds.map((streamId) => streamHeadLeaf(streamId, heads.get(streamId) as StreamHead)));
}

/**
 * Streams the global log up to `position` (default: the head when called) and keeps only the head of
 * each stream, so memory grows with the number of streams, not events. It trusts the stored hashes;
 * `verifyChains` is the function that recomputes them.
 */
export async function computeLedgerDigest(
  store: Pick<EventStore, 'readAll' | 'headPosition'>,
  position?: number,
): Promise<LedgerDigest> {
  const headPosition = await store.headPosition();
  const digestPosition = position ?? headPosition;
  if (!Number.isSafeInteger(digestPosition) || digestPosition < 0 || digestPosition > headPosition) {
    throw new RangeError(
      `A digest position must be an integer from 0 to the head of the log (${headPosition}), got ${String(position)}`,
    );
  }
  const heads = new Map<string, StreamHead>();
  let eventCount = 0;
  if (digestPosition > 0) {
    for await (const event of store.readAll({ toPosition: digestPosition })) {
      heads.set(event.streamId, { revision: event.revision, hash: event.hash });
      eventCount += 1;
    }
  }
  return { position: digestPosition, streamCount: heads.size, eventCount, root: ledgerDigestRoot(heads) };
}
