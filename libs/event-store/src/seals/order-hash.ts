/**
 * The running hash of the global order. The event hash leaves the position out on purpose (on
 * PostgreSQL it is computed before the append lock assigns the position, and rolled-back appends leave
 * gaps: ADR 0004), so two events of different streams could swap positions without any chain noticing.
 * Seals commit to the order instead: each event of the log, in position order, is folded into one hash
 * over its position, stream, revision and event hash. `docs/hash-chain.md` states the rule.
 */
import canonicalize from 'canonicalize';
import { hash } from 'node:crypto';

/** The order hash of an empty log: 64 zeros. */
export const ORDER_HASH_GENESIS = '0'.repeat(64);

export interface OrderedEvent {
  readonly position: number;
  readonly streamId: string;
  readonly revision: number;
  readonly hash: string;
}

/**
 * `SHA-256( previous as 32 raw bytes || UTF-8( JCS({"hash","position","revision","stream"}) ) )`, hex.
 * The previous value is fixed-length, so no choice of the JSON part can be mistaken for another split.
 */
export function nextOrderHash(previous: string, event: OrderedEvent): string {
  const entry = canonicalize({
    position: event.position,
    stream: event.streamId,
    revision: event.revision,
    hash: event.hash,
  }) as string;
  return hash('sha256', Buffer.concat([Buffer.from(previous, 'hex'), Buffer.from(entry, 'utf8')]), 'hex');
}
