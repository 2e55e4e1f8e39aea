/**
 * Rebuilding every projection on PostgreSQL, as a service with EVENT_STORE=postgres does, beside a raw
 * read-and-parse of the same events in the same process:
 *
 * - the history is the one the SQLite projection benchmark generates (and caches), copied into a fresh
 *   schema in the order of its positions, with its hashes, through the events table's own columns;
 * - raw: one `pg` client reads the events table in keyset-paged batches of 1,000 rows, data and metadata
 *   as text, and `JSON.parse`s both;
 * - rebuild: the projection runner follows the PostgreSQL store's subscription from position 0 and stores
 *   the read models in the same schema, as the service does.
 *
 * Rounds, memory and the limited-heap rebuild as in `projections.bench.ts`. The server is the one tests
 * use (DATABASE_URL); each size gets a fresh schema, dropped afterwards.
 *
 * Run: `npm run bench -- postgres-rebuild` (sizes from BENCH_POSTGRES_REBUILD_SIZES, default
 * "100000,1000000").
 */
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { openPostgresEventStore } from '@fund-ledger/event-store/postgres/postgres-event-store';
import { postgresLayout } from '@fund-ledger/event-store/storage/postgres-layout';
import {
  dropSchema,
  isPostgresReachable,
  randomSchemaName,
  TEST_DATABASE_URL,
} from '@fund-ledger/event-store/postgres/testing/postgres-test-database';
import { PROJECTION_VERSION } from '../../libs/projections/src/fund-projection';
import { openPostgresReadModelStore } from '../../libs/projections/src/read-model-store/postgres-read-model-store';
import { rawReadAndParse } from './postgres-raw-read';
import { ensureHistory } from './projections.bench';
import {
  historySizes,
  measureInChild,
  measureRounds,
  printMeasurements,
  rebuildFromStart,
  type Measurement,
  type PeakMemory,
} from './rebuild-rounds';
import { writeLine } from './run';

const COPY_BATCH_SIZE = 5_000;

export async function run(): Promise<void> {
  if (!isPostgresReachable()) {
    writeLine(
      `PostgreSQL rebuild benchmark not run: no server answers at ${TEST_DATABASE_URL} (set DATABASE_URL)`,
    );
    return;
  }
  const sizes = historySizes('BENCH_POSTGRES_REBUILD_SIZES');
  const results: Measurement[] = [];
  for (const size of sizes) {
    const schema = randomSchemaName('bench_rebuild');
    try {
      await copyHistory(await ensureHistory(size), schema);
      results.push(measureInChild(__filename, schema));
    } finally {
      await dropSchema(schema);
    }
  }
  printMeasurements(results);
}

type HistoryRow = [number, string, number, string, string, string, string, string];

/** Copies the SQLite history into the schema's events table in position order, then records the stream heads. */
async function copyHistory(path: string, schema: string): Promise<void> {
  await (await openStore(schema)).close();
  const layout = postgresLayout(schema);
  const history = new Database(path, { readonly: true });
  const batch = history
    .prepare(
      `SELECT position, stream_id, revision, type, data, metadata, prev_hash, hash FROM events
       WHERE position > ? ORDER BY position LIMIT ?`,
    )
    .raw();
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    let after = 0;
    let copied = 0;
    for (;;) {
      const rows = batch.all(after, COPY_BATCH_SIZE) as HistoryRow[];
      if (rows.length === 0) break;
      await client.query(
        `INSERT INTO ${layout.eventsTable} (stream_id, revision, type, data, metadata, prev_hash, hash)
         SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::json[], $5::json[], $6::text[], $7::text[])`,
        [1, 2, 3, 4, 5, 6, 7].map((column) => rows.map((row) => row[column])),
      );
      copied += rows.length;
      after = rows[rows.length - 1]?.[0] ?? after;
    }
    await client.query(
      `INSERT INTO ${layout.streamsTable} (stream_id, revision, hash)
       SELECT DISTINCT ON (stream_id) stream_id, revision, hash FROM ${layout.eventsTable}
       ORDER BY stream_id, revision DESC`,
    );
    await client.query(`ANALYZE ${layout.eventsTable}`);
    writeLine(`Copied ${copied.toLocaleString('en-US')} events into the schema ${schema}`);
  } finally {
    await client.end();
    history.close();
  }
}

function openStore(schema: string) {
  return openPostgresEventStore({ kind: 'postgres', connectionString: TEST_DATABASE_URL, schema });
}

/** In the measuring child: raw read beside rebuild, round after round. */
export async function measure(schema: string): Promise<void> {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await measureRounds({
      raw: () => rawReadAndParse(client, schema),
      rebuild: (memory) => rebuildAll(schema, memory),
    });
  } finally {
    await client.end();
  }
}

/** In the child process: one rebuild, nothing measured. */
export async function rebuildOnce(schema: string): Promise<void> {
  await rebuildAll(schema, { rss: 0, heap: 0 });
}

/** Rebuilds the read models in the events' schema, as a service with EVENT_STORE=postgres keeps them. */
async function rebuildAll(schema: string, memory: PeakMemory): Promise<void> {
  const store = await openStore(schema);
  const readModels = await openPostgresReadModelStore({ connectionString: TEST_DATABASE_URL, schema });
  await readModels.startRebuild(PROJECTION_VERSION);
  await rebuildFromStart(store, readModels, memory);
}
