/**
 * The baseline the PostgreSQL benchmarks compare with: the events table read with a bare `pg` client in
 * keyset pages of 1,000 rows, data and metadata fetched as text and parsed here.
 */
import type { Client } from 'pg';
import { postgresLayout } from '@fund-ledger/event-store/storage/postgres-layout';
import { RAW_READ_BATCH_SIZE } from './store-bench-rounds';

/** Reads and parses every event of the schema's log; returns how many there were. */
export async function rawReadAndParse(client: Client, schema: string): Promise<number> {
  const sql = `SELECT position, stream_id, revision, type, data::text AS data, metadata::text AS metadata,
      prev_hash, hash FROM ${postgresLayout(schema).eventsTable} WHERE position > $1 ORDER BY position LIMIT $2`;
  let events = 0;
  let after = '0';
  for (;;) {
    const { rows } = await client.query<{ position: string; data: string; metadata: string }>(sql, [
      after,
      RAW_READ_BATCH_SIZE,
    ]);
    for (const row of rows) {
      JSON.parse(row.data);
      JSON.parse(row.metadata);
    }
    events += rows.length;
    if (rows.length < RAW_READ_BATCH_SIZE) return events;
    after = rows[rows.length - 1]?.position ?? after;
  }
}
