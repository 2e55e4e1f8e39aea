import type { BeginOutcome } from './idempotency-store.port';

/** A stored record as both adapters read it back. */
export interface IdempotencyRecordRow {
  readonly fingerprint: string;
  readonly state: 'in_progress' | 'completed';
  readonly response_status: number | null;
  readonly response_body: string | null;
}

/** What an existing record means for a new request with the same key, once taking it over was refused. */
export function outcomeOfExistingRecord(row: IdempotencyRecordRow, fingerprint: string): BeginOutcome {
  if (row.fingerprint !== fingerprint) return { kind: 'mismatch' };
  if (row.state === 'in_progress' || row.response_status === null) return { kind: 'in_progress' };
  return { kind: 'completed', response: { status: row.response_status, bodyJson: row.response_body } };
}

/**
 * A record may vanish between the failed insert and the read that follows (its run failed and was
 * released); the begin is then tried again, a bounded number of times.
 */
export const BEGIN_ATTEMPTS_MAX = 3;
