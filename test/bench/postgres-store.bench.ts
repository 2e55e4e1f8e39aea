/**
 * What the event store port costs over the bare `pg` driver, measured in the same run on the same server:
 *
 * - durable appends: single-event appends through the port (head guess, expected-revision check,
 *   canonical JSON, SHA-256, one call of the append function: head check, append lock, insert, notify,
 *   commit) beside bare autocommitted INSERTs of the same rows (JSON.stringify and insert only) into a
 *   table of the same layout. Both commit with synchronous_commit=on. Target: port/raw >= 0.7.
 * - full read: `readAll()` through the port (keyset pages, JSON parsing, event objects, async iteration)
 *   beside bare keyset-paged SELECTs of the same rows with JSON.parse of data and metadata.
 *   Target: port/raw >= 0.5.
 * - concurrent appends, for information: eight writers at once through the port beside eight bare
 *   connections inserting at once.
 *
 * Each measurement runs several rounds, alternating which side goes first, and judges the median of
 * the per-round ratios; within an append round the two sides take turns every 100 events.
 * The server is the one tests use (DATABASE_URL); every run works in fresh schemas and drops them.
 */
import { Client } from 'pg';
import type { EventStore, NewEvent } from '@fund-ledger/event-store';
import { openPostgresEventStore } from '@fund-ledger/event-store/postgres/postgres-event-store';
import { postgresLayout } from '@fund-ledger/event-store/storage/postgres-layout';
import {
  dropSchema,
  isPostgresReachable,
  randomSchemaName,
  TEST_DATABASE_URL,
} from '@fund-ledger/event-store/postgres/testing/postgres-test-database';
import { rawReadAndParse } from './postgres-raw-read';
import { writeLine } from './run';
import {
  contribution,
  fillStore,
  measureBothSides,
  measureRounds,
  PLACEHOLDER_HASH,
  portReadRate,
  ratePerSecond,
  reportRounds,
  type SideFigures,
  STREAM_COUNT,
  streamOf,
} from './store-bench-rounds';

const ROUNDS = 7;
const APPENDS_PER_ROUND = 2_000;
const APPEND_CHUNK = 100;
const READ_EVENT_COUNT = 200_000;
const CONCURRENT_WRITERS = 8;
const CONCURRENT_APPENDS_PER_WRITER = 250;
const CONCURRENT_ROUNDS = 3;
const APPEND_RATIO_TARGET = 0.7;
const READ_RATIO_TARGET = 0.5;

/** A fresh schema with the adapter's layout; the raw side uses its tables without the adapter. */
async function freshSchema(purpose: string): Promise<string> {
  const schema = randomSchemaName(`bench_${purpose}`);
  await (await openStore(schema)).close();
  return schema;
}

function openStore(schema: string): Promise<EventStore> {
  return openPostgresEventStore({ kind: 'postgres', connectionString: TEST_DATABASE_URL, schema });
}

async function withClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * One round, reporting the seconds each side spent: the port appends to one fresh schema and the bare
 * driver inserts into another, taking turns every `APPEND_CHUNK` events, so a slow moment of a shared
 * machine (or of the disk) hits both sides alike instead of whichever round it falls into.
 */
async function appendRound(events: readonly NewEvent[], portFirst: boolean): Promise<SideFigures> {
  const portSchema = await freshSchema('port');
  const rawSchema = await freshSchema('raw');
  const store = await openStore(portSchema);
  const heads = new Map<string, number>();
  const secondsSpent = { port: 0, raw: 0 };
  await withClient(async (client) => {
    const insert = rawInsertSql(rawSchema);
    for (let start = 0; start < events.length; start += APPEND_CHUNK) {
      const chunk = { start, end: Math.min(start + APPEND_CHUNK, events.length) };
      const { port, raw } = await measureBothSides(
        portFirst,
        () => timed(() => portAppends(store, events, chunk, heads)),
        () => timed(() => rawInserts(client, insert, events, chunk)),
      );
      secondsSpent.port += port;
      secondsSpent.raw += raw;
    }
  });
  await store.close();
  await dropSchema(portSchema);
  await dropSchema(rawSchema);
  return secondsSpent;
}

interface Chunk {
  readonly start: number;
  readonly end: number;
}

async function portAppends(
  store: EventStore,
  events: readonly NewEvent[],
  chunk: Chunk,
  heads: Map<string, number>,
): Promise<void> {
  for (let index = chunk.start; index < chunk.end; index += 1) {
    const streamId = streamOf(index);
    const result = await store.append(streamId, [events[index]], heads.get(streamId) ?? 'no_stream');
    heads.set(streamId, result.nextExpectedRevision);
  }
}

function rawInsertSql(schema: string): string {
  return `INSERT INTO ${postgresLayout(schema).eventsTable}
    (stream_id, revision, type, data, metadata, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7)`;
}

async function rawInserts(
  client: Client,
  sql: string,
  events: readonly NewEvent[],
  chunk: Chunk,
): Promise<void> {
  for (let index = chunk.start; index < chunk.end; index += 1) {
    const event = events[index];
    const revision = Math.floor(index / STREAM_COUNT);
    const data = JSON.stringify(event.data);
    const metadata = JSON.stringify(event.metadata);
    await client.query(sql, [
      streamOf(index),
      revision,
      event.type,
      data,
      metadata,
      PLACEHOLDER_HASH,
      PLACEHOLDER_HASH,
    ]);
  }
}

async function timed(work: () => Promise<void>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** The bare client's read of the whole log, as events per second. */
async function rawReadRate(client: Client, schema: string): Promise<number> {
  const started = process.hrtime.bigint();
  return ratePerSecond(await rawReadAndParse(client, schema), started);
}

async function benchmarkAppends(): Promise<void> {
  const events = Array.from({ length: APPENDS_PER_ROUND }, (_, index) => contribution(index));
  const rates = await measureRounds(ROUNDS, async (portFirst) => {
    const secondsSpent = await appendRound(events, portFirst);
    return { port: events.length / secondsSpent.port, raw: events.length / secondsSpent.raw };
  });
  reportRounds(
    `Durable single-event appends (${APPENDS_PER_ROUND} per round over ${STREAM_COUNT} streams, taking turns every ${APPEND_CHUNK}, synchronous_commit=on, ${ROUNDS} rounds)`,
    rates,
    APPEND_RATIO_TARGET,
  );
}

async function benchmarkReads(): Promise<void> {
  const schema = await freshSchema('read');
  const store = await openStore(schema);
  await fillStore(store, READ_EVENT_COUNT);
  const rates = await withClient((client) =>
    measureRounds(ROUNDS, (portFirst) =>
      measureBothSides(
        portFirst,
        () => portReadRate(store),
        () => rawReadRate(client, schema),
      ),
    ),
  );
  await store.close();
  await dropSchema(schema);
  reportRounds(`Full readAll of ${READ_EVENT_COUNT} events (${ROUNDS} rounds)`, rates, READ_RATIO_TARGET);
}

/**
 * Not a target, a cost to know: the append lock serialises position assignment until commit (ADR 0004),
 * so concurrent writers cannot share commit flushes the way bare inserts can.
 */
async function benchmarkConcurrentAppends(): Promise<void> {
  const perWriter = Array.from({ length: CONCURRENT_APPENDS_PER_WRITER }, (_, index) => contribution(index));
  const portAlwaysFirst = true;
  const rates = await measureRounds(CONCURRENT_ROUNDS, () =>
    measureBothSides(
      portAlwaysFirst,
      () => concurrentPortRate(perWriter),
      () => concurrentRawRate(perWriter),
    ),
  );
  reportRounds(
    `Concurrent single-event appends (${CONCURRENT_WRITERS} writers x ${CONCURRENT_APPENDS_PER_WRITER}, one stream each, ${CONCURRENT_ROUNDS} rounds; no target)`,
    rates,
  );
}

async function concurrentPortRate(events: readonly NewEvent[]): Promise<number> {
  const schema = await freshSchema('concurrent_port');
  const stores = await Promise.all(
    Array.from({ length: CONCURRENT_WRITERS }, () =>
      openPostgresEventStore(
        { kind: 'postgres', connectionString: TEST_DATABASE_URL, schema },
        { poolSize: 1 },
      ),
    ),
  );
  const started = process.hrtime.bigint();
  await Promise.all(
    stores.map(async (store, writer) => {
      let expected: number | 'no_stream' = 'no_stream';
      for (const event of events) {
        expected = (await store.append(`fund-${writer}`, [event], expected)).nextExpectedRevision;
      }
    }),
  );
  const rate = ratePerSecond(events.length * CONCURRENT_WRITERS, started);
  await Promise.all(stores.map((store) => store.close()));
  await dropSchema(schema);
  return rate;
}

async function concurrentRawRate(events: readonly NewEvent[]): Promise<number> {
  const schema = await freshSchema('concurrent_raw');
  const sql = rawInsertSql(schema);
  const clients = await Promise.all(
    Array.from({ length: CONCURRENT_WRITERS }, async () => {
      const client = new Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      return client;
    }),
  );
  const started = process.hrtime.bigint();
  await Promise.all(
    clients.map(async (client, writer) => {
      for (let revision = 0; revision < events.length; revision += 1) {
        const event = events[revision];
        const values = [`fund-${writer}`, revision, event.type, JSON.stringify(event.data)];
        await client.query(sql, [
          ...values,
          JSON.stringify(event.metadata),
          PLACEHOLDER_HASH,
          PLACEHOLDER_HASH,
        ]);
      }
    }),
  );
  const rate = ratePerSecond(events.length * CONCURRENT_WRITERS, started);
  await Promise.all(clients.map((client) => client.end()));
  await dropSchema(schema);
  return rate;
}

export async function run(): Promise<void> {
  if (!isPostgresReachable()) {
    writeLine(`PostgreSQL benchmark not run: no server answers at ${TEST_DATABASE_URL} (set DATABASE_URL)`);
    return;
  }
  await benchmarkAppends();
  writeLine();
  await benchmarkReads();
  writeLine();
  await benchmarkConcurrentAppends();
}
