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

/** How many records one purging statement deletes. */
export const PURGE_BATCH_SIZE = 1000;

/**
 * Runs `deleteBatch` until a batch deletes fewer than `batchSize` records; returns how many it deleted.
 * Between batches it lets the event loop serve requests: a SQLite batch runs synchronously, and the
 * first purge after an upgrade may find a long backlog.
 */
export async function purgeInBatches(
  batchSize: number,
  deleteBatch: (limit: number) => number | Promise<number>,
): Promise<number> {
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batchSize must be a whole number of at least 1; got ${batchSize}`);
  }
  let purged = 0;
  for (;;) {
    const deleted = await deleteBatch(batchSize);
    purged += deleted;
    if (deleted < batchSize) return purged;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
