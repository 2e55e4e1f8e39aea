import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { useWriteAheadLog } from '@fund-ledger/event-store/storage/sqlite-write-ahead-log';
import {
  BEGIN_ATTEMPTS_MAX,
  type IdempotencyRecordRow,
  outcomeOfExistingRecord,
  PURGE_BATCH_SIZE,
  purgeInBatches,
} from './idempotency-records';
import {
  type BeginOutcome,
  type IdempotencyScope,
  type IdempotencyStore,
  IN_PROGRESS_LEASE_MS,
  type StoredResponse,
} from './idempotency-store.port';

/** How long a statement waits for another process's lock (a write of the events' file) before failing. */
const BUSY_TIMEOUT_MS = 5000;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS idempotency_records (
    subject TEXT NOT NULL,
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('in_progress', 'completed')),
    attempt_id TEXT NOT NULL,
    -- when the current run started or last renewed its lease
    started_at_ms INTEGER NOT NULL,
    completed_at_ms INTEGER,
    response_status INTEGER,
    response_body TEXT,
    PRIMARY KEY (subject, key)
  ) WITHOUT ROWID;
  -- what the purge looks for, so that it does not scan the table
  CREATE INDEX IF NOT EXISTS idempotency_records_completed_at
    ON idempotency_records (completed_at_ms) WHERE state = 'completed'`;

/**
 * Idempotency records in the SQLite file of the events. WAL lets several processes share the file;
 * `synchronous=NORMAL` suffices here because a record lost in a power cut only costs a replay: the
 * domain then recognises the retried command by its id and appends nothing.
 */
export class SqliteIdempotencyStore implements IdempotencyStore {
  private constructor(private readonly database: Database.Database) {}

  static open(path: string): SqliteIdempotencyStore {
    mkdirSync(dirname(path), { recursive: true });
    const database = new Database(path, { timeout: BUSY_TIMEOUT_MS });
    useWriteAheadLog(database, BUSY_TIMEOUT_MS);
    database.pragma('synchronous = NORMAL');
    database.exec(SCHEMA);
    return new SqliteIdempotencyStore(database);
  }

  async begin(scope: IdempotencyScope, fingerprint: string, now: Date): Promise<BeginOutcome> {
    for (let attempt = 1; attempt <= BEGIN_ATTEMPTS_MAX; attempt += 1) {
      const outcome = this.tryBegin(scope, fingerprint, now);
      if (outcome !== undefined) return outcome;
    }
    return { kind: 'in_progress' };
  }

  /** Inserts a new record, or takes over an abandoned one of the same request, in one statement. */
  private tryBegin(scope: IdempotencyScope, fingerprint: string, now: Date): BeginOutcome | undefined {
    const attemptId = randomUUID();
    const claimed = this.database
      .prepare(
        `INSERT INTO idempotency_records (subject, key, fingerprint, state, attempt_id, started_at_ms)
         VALUES (?, ?, ?, 'in_progress', ?, ?)
         ON CONFLICT (subject, key) DO UPDATE
           SET attempt_id = excluded.attempt_id, started_at_ms = excluded.started_at_ms
           WHERE idempotency_records.state = 'in_progress'
             AND idempotency_records.fingerprint = excluded.fingerprint
             AND idempotency_records.started_at_ms <= ?
         RETURNING attempt_id`,
      )
      .get(
        scope.subject,
        scope.key,
        fingerprint,
        attemptId,
        now.getTime(),
        now.getTime() - IN_PROGRESS_LEASE_MS,
      );
    if (claimed !== undefined) return { kind: 'started', attemptId };
    const row = this.database
      .prepare(
        `SELECT fingerprint, state, response_status, response_body
         FROM idempotency_records WHERE subject = ? AND key = ?`,
      )
      .get(scope.subject, scope.key) as IdempotencyRecordRow | undefined;
    return row === undefined ? undefined : outcomeOfExistingRecord(row, fingerprint);
  }

  async complete(
    scope: IdempotencyScope,
    attemptId: string,
    response: StoredResponse,
    now: Date,
  ): Promise<void> {
    this.database
      .prepare(
        `UPDATE idempotency_records
         SET state = 'completed', completed_at_ms = ?, response_status = ?, response_body = ?
         WHERE subject = ? AND key = ? AND attempt_id = ? AND state = 'in_progress'`,
      )
      .run(now.getTime(), response.status, response.bodyJson, scope.subject, scope.key, attemptId);
  }

  async renew(scope: IdempotencyScope, attemptId: string, now: Date): Promise<void> {
    this.database
      .prepare(
        `UPDATE idempotency_records SET started_at_ms = ?
         WHERE subject = ? AND key = ? AND attempt_id = ? AND state = 'in_progress'`,
      )
      .run(now.getTime(), scope.subject, scope.key, attemptId);
  }

  async release(scope: IdempotencyScope, attemptId: string): Promise<void> {
    this.database
      .prepare(
        `DELETE FROM idempotency_records
         WHERE subject = ? AND key = ? AND attempt_id = ? AND state = 'in_progress'`,
      )
      .run(scope.subject, scope.key, attemptId);
  }

  async purgeCompletedBefore(cutoff: Date, batchSize = PURGE_BATCH_SIZE): Promise<number> {
    const deleteBatch = this.database.prepare(
      `DELETE FROM idempotency_records WHERE (subject, key) IN (
         SELECT subject, key FROM idempotency_records
         WHERE state = 'completed' AND completed_at_ms < ? LIMIT ?)`,
    );
    return purgeInBatches(batchSize, (limit) => deleteBatch.run(cutoff.getTime(), limit).changes);
  }

  async ping(): Promise<boolean> {
    return this.database.prepare('SELECT 1 AS ok').get() !== undefined;
  }

  async close(): Promise<void> {
    if (this.database.open) this.database.close();
  }
}
