import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
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

/** A few connections suffice: each request holds one for a single short statement. */
const POOL_SIZE_MAX = 4;
/** Serialises schema creation across processes starting at once (CREATE ... IF NOT EXISTS can race). */
const SCHEMA_LOCK_KEY = 'fund-ledger:idempotency-schema';

/** Idempotency records in the PostgreSQL schema of the events (or of the read models, with EventStoreDB). */
export class PostgresIdempotencyStore implements IdempotencyStore {
  private constructor(
    private readonly pool: Pool,
    private readonly table: string,
  ) {}

  /** `schema` must be a plain lower-case identifier (the settings loader checks it). */
  static async open(connectionString: string, schema: string): Promise<PostgresIdempotencyStore> {
    const pool = new Pool({ connectionString, max: POOL_SIZE_MAX });
    // An idle connection that breaks (e.g. a server restart) is discarded by the pool; the next query
    // opens a new one. Without a listener the pool's error event would end the process.
    pool.on('error', () => undefined);
    // Likewise a connection checked out while the server ends it: the failed query reports the error.
    pool.on('connect', (client) => client.on('error', () => undefined));
    const table = `"${schema}".idempotency_records`;
    try {
      await createSchema(pool, schema, table);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresIdempotencyStore(pool, table);
  }

  async begin(scope: IdempotencyScope, fingerprint: string, now: Date): Promise<BeginOutcome> {
    for (let attempt = 1; attempt <= BEGIN_ATTEMPTS_MAX; attempt += 1) {
      const outcome = await this.tryBegin(scope, fingerprint, now);
      if (outcome !== undefined) return outcome;
    }
    return { kind: 'in_progress' };
  }

  /** Inserts a new record, or takes over an abandoned one of the same request, in one statement. */
  private async tryBegin(
    scope: IdempotencyScope,
    fingerprint: string,
    now: Date,
  ): Promise<BeginOutcome | undefined> {
    const attemptId = randomUUID();
    const claimed = await this.pool.query(
      `INSERT INTO ${this.table} AS record (subject, key, fingerprint, state, attempt_id, started_at)
       VALUES ($1, $2, $3, 'in_progress', $4, $5)
       ON CONFLICT (subject, key) DO UPDATE
         SET attempt_id = excluded.attempt_id, started_at = excluded.started_at
         WHERE record.state = 'in_progress'
           AND record.fingerprint = excluded.fingerprint
           AND record.started_at <= $6
       RETURNING attempt_id`,
      [scope.subject, scope.key, fingerprint, attemptId, now, new Date(now.getTime() - IN_PROGRESS_LEASE_MS)],
    );
    if (claimed.rowCount === 1) return { kind: 'started', attemptId };
    const existing = await this.pool.query<IdempotencyRecordRow>(
      `SELECT fingerprint, state, response_status, response_body FROM ${this.table}
       WHERE subject = $1 AND key = $2`,
      [scope.subject, scope.key],
    );
    const row = existing.rows[0];
    return row === undefined ? undefined : outcomeOfExistingRecord(row, fingerprint);
  }

  async complete(
    scope: IdempotencyScope,
    attemptId: string,
    response: StoredResponse,
    now: Date,
  ): Promise<void> {
    await this.pool.query(
      `UPDATE ${this.table}
       SET state = 'completed', completed_at = $1, response_status = $2, response_body = $3
       WHERE subject = $4 AND key = $5 AND attempt_id = $6 AND state = 'in_progress'`,
      [now, response.status, response.bodyJson, scope.subject, scope.key, attemptId],
    );
  }

  async renew(scope: IdempotencyScope, attemptId: string, now: Date): Promise<void> {
    await this.pool.query(
      `UPDATE ${this.table} SET started_at = $1
       WHERE subject = $2 AND key = $3 AND attempt_id = $4 AND state = 'in_progress'`,
      [now, scope.subject, scope.key, attemptId],
    );
  }

  async release(scope: IdempotencyScope, attemptId: string): Promise<void> {
    await this.pool.query(
      `DELETE FROM ${this.table}
       WHERE subject = $1 AND key = $2 AND attempt_id = $3 AND state = 'in_progress'`,
      [scope.subject, scope.key, attemptId],
    );
  }

  /** Records another instance is purging at the same moment are skipped, not waited for. */
  async purgeCompletedBefore(cutoff: Date, batchSize = PURGE_BATCH_SIZE): Promise<number> {
    return purgeInBatches(batchSize, async (limit) => {
      const result = await this.pool.query(
        `DELETE FROM ${this.table} WHERE (subject, key) IN (
           SELECT subject, key FROM ${this.table}
           WHERE state = 'completed' AND completed_at < $1 LIMIT $2 FOR UPDATE SKIP LOCKED)`,
        [cutoff, limit],
      );
      return result.rowCount ?? 0;
    });
  }

  async ping(): Promise<boolean> {
    const result = await this.pool.query('SELECT 1 AS ok');
    return result.rowCount === 1;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Codes PostgreSQL raises when a concurrent session created the same schema first. */
const SCHEMA_ALREADY_CREATED = new Set(['23505', '42P06']);

/**
 * Creates the schema and the table if missing. The event store may be creating the same schema at
 * the same moment (the service opens both stores at once), and `CREATE SCHEMA IF NOT EXISTS` is not
 * safe against that race, so losing it is treated as success. The table itself is created under an
 * advisory lock that every instance of this store takes.
 */
async function createSchema(pool: Pool, schema: string, table: string): Promise<void> {
  await pool.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`).catch((error: unknown) => {
    if (!SCHEMA_ALREADY_CREATED.has(String(Reflect.get(Object(error), 'code')))) throw error;
  });
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [SCHEMA_LOCK_KEY]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${table} (
         subject text NOT NULL,
         key text NOT NULL,
         fingerprint text NOT NULL,
         state text NOT NULL CHECK (state IN ('in_progress', 'completed')),
         attempt_id text NOT NULL,
         -- when the current run started or last renewed its lease
         started_at timestamptz NOT NULL,
         completed_at timestamptz,
         response_status integer,
         response_body text,
         PRIMARY KEY (subject, key)
       )`,
    );
    // What the purge looks for, so that it does not scan the table.
    await client.query(
      `CREATE INDEX IF NOT EXISTS idempotency_records_completed_at
         ON ${table} (completed_at) WHERE state = 'completed'`,
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
