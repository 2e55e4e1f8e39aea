/**
 * The running hash of the global order. The event hash leaves the position out on purpose (on
 * PostgreSQL it is computed before the append lock assigns the position, and rolled-back appends leave
 * gaps: ADR 0004), so two events of different streams could swap positions without any chain noticing.
 * Seals commit to the order instead: each event of the log, in position order, is folded into one hash
 * over its position, stream, revision and event hash. `docs/hash-chain.md` states the rule.
 */
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
 * `SHA-256( UTF-8( previous + JCS({"hash","position","revision","stream"}) ) )` as lowercase hex, where
 * `previous` is the 64 hex characters of the order hash before. The previous value has a fixed length,
 * so no entry can be mistaken for another split of the same text. Hashing the hex text rather than its
 * bytes keeps the rule one string concatenation, for auditors' scripts and for the per-event cost.
 */
export function nextOrderHash(previous: string, event: OrderedEvent): string {
  return hash('sha256', `${previous}${orderEntry(event)}`, 'hex');
}

/**
 * The canonical JSON of one entry, written directly: it runs once per event of the log, and for two
 * strings and two whole numbers in fixed member order, `JSON.stringify` of each value is exactly what
 * RFC 8785 writes (the tests compare the two).
 */
export function orderEntry(event: OrderedEvent): string {
  return `{"hash":${JSON.stringify(event.hash)},"position":${event.position},"revision":${event.revision},"stream":${JSON.stringify(event.streamId)}}`;
}
