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
import type { EventMetadata, EventStore, NewEvent } from '@fund-ledger/event-store';
import { openPostgresEventStore } from '@fund-ledger/event-store/postgres/postgres-event-store';
import { postgresLayout } from '@fund-ledger/event-store/postgres/postgres-schema';
import {
  dropSchema,
  isPostgresReachable,
  randomSchemaName,
  TEST_DATABASE_URL,
} from '@fund-ledger/event-store/postgres/testing/postgres-test-database';
import { formatRate, median, writeLine } from './run';

const ROUNDS = 7;
const APPENDS_PER_ROUND = 2_000;
const STREAM_COUNT = 50;
const APPEND_CHUNK = 100;
const READ_EVENT_COUNT = 200_000;
const FILL_BATCH_SIZE = 5_000;
const RAW_READ_BATCH_SIZE = 1_000;
const CONCURRENT_WRITERS = 8;
const CONCURRENT_APPENDS_PER_WRITER = 250;
const CONCURRENT_ROUNDS = 3;
const APPEND_RATIO_TARGET = 0.7;
const READ_RATIO_TARGET = 0.5;
const PLACEHOLDER_HASH = 'f'.repeat(64);

function metadataFor(index: number): EventMetadata {
  return {
    actor: { subject: `treasurer-${index % 7}`, role: 'treasurer' },
    commandId: `3f0b6a52-8c1e-4d7a-9b1e-${String(index).padStart(12, '0')}`,
    correlationId: `corr-${index}`,
    causationId: `3f0b6a52-8c1e-4d7a-9b1e-${String(index).padStart(12, '0')}`,
    recordedAt: '2024-03-01T09:30:00.000Z',
  };
}

/** A contribution as the domain records it: amounts as decimal strings, a split over public funders. */
function contribution(index: number): NewEvent {
  return {
    type: 'ContributionReceived',
    data: {
      contributionId: `contribution-${index}`,
      pot: index % 2 === 0 ? 'private' : 'public',
      amount: `${(index % 9000) + 100}.50`,
      source: 'Immobilien- und Standortgemeinschaft Brückstraße',
      receivedOn: '2024-03-01',
      split: [
        { funder: 'city', amount: '50.25' },
        { funder: 'state', amount: '50.25' },
      ],
    },
    metadata: metadataFor(index),
  };
}

function streamOf(index: number): string {
  return `fund-${index % STREAM_COUNT}`;
}

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

/** Seconds spent by each side in one append round; the sides take turns in chunks. */
interface AppendRound {
  portSeconds: number;
  rawSeconds: number;
}

/**
 * One round: the port appends to one fresh schema and the bare driver inserts into another, taking turns
 * every `APPEND_CHUNK` events, so a slow moment of a shared machine (or of the disk) hits both sides
 * alike instead of whichever round it falls into.
 */
async function appendRound(events: readonly NewEvent[], portFirst: boolean): Promise<AppendRound> {
  const portSchema = await freshSchema('port');
  const rawSchema = await freshSchema('raw');
  const store = await openStore(portSchema);
  const heads = new Map<string, number>();
  const round: AppendRound = { portSeconds: 0, rawSeconds: 0 };
  await withClient(async (client) => {
    const insert = rawInsertSql(rawSchema);
    for (let start = 0; start < events.length; start += APPEND_CHUNK) {
      const chunk = { start, end: Math.min(start + APPEND_CHUNK, events.length) };
      const port = () => timed(() => portAppends(store, events, chunk, heads));
      const raw = () => timed(() => rawInserts(client, insert, events, chunk));
      if (portFirst) {
        round.portSeconds += await port();
        round.rawSeconds += await raw();
      } else {
        round.rawSeconds += await raw();
        round.portSeconds += await port();
      }
    }
  });
  await store.close();
  await dropSchema(portSchema);
  await dropSchema(rawSchema);
  return round;
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

async function portReadRate(store: EventStore): Promise<number> {
  const started = process.hrtime.bigint();
  let count = 0;
  for await (const event of store.readAll()) {
    count += event.position > 0 ? 1 : 0;
  }
  return ratePerSecond(count, started);
}

/** Keyset pages of 1,000 rows, data and metadata fetched as text and parsed here. */
async function rawReadRate(client: Client, schema: string): Promise<number> {
  const sql = `SELECT position, stream_id, revision, type, data::text AS data, metadata::text AS metadata,
      prev_hash, hash FROM ${postgresLayout(schema).eventsTable} WHERE position > $1 ORDER BY position LIMIT $2`;
  const started = process.hrtime.bigint();
  let count = 0;
  let afterPosition = '0';
  for (;;) {
    const { rows } = await client.query<{ position: string; data: string; metadata: string }>(sql, [
      afterPosition,
      RAW_READ_BATCH_SIZE,
    ]);
    for (const row of rows) {
      const data = JSON.parse(row.data) as object;
      const metadata = JSON.parse(row.metadata) as object;
      count += data !== null && metadata !== null ? 1 : 0;
    }
    const last = rows[rows.length - 1];
    if (rows.length < RAW_READ_BATCH_SIZE || !last) {
      break;
    }
    afterPosition = last.position;
  }
  return ratePerSecond(count, started);
}

function ratePerSecond(count: number, started: bigint): number {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return count / seconds;
}

async function fillStore(store: EventStore, count: number): Promise<void> {
  for (let start = 0; start < count; start += FILL_BATCH_SIZE) {
    const batch = Array.from({ length: FILL_BATCH_SIZE }, (_, offset) => contribution(start + offset));
    await store.append(streamOf(start / FILL_BATCH_SIZE), batch, 'any');
  }
}

/**
 * The verdict uses the median of the per-round ratios: the two sides of a round run under the same
 * conditions, so a round's ratio is fair even when other work on the machine slows a whole round down.
 */
function report(label: string, portRates: number[], rawRates: number[], target?: number): void {
  const pairedRatio = median(portRates.map((rate, round) => rate / rawRates[round]));
  const rounds = (rates: number[]) => rates.map((rate) => Math.round(rate)).join(', ');
  writeLine(`${label}`);
  writeLine(`  port rounds: ${rounds(portRates)}`);
  writeLine(`  raw rounds:  ${rounds(rawRates)}`);
  writeLine(`  median port ${formatRate(median(portRates))}, median raw ${formatRate(median(rawRates))}`);
  const verdict =
    target === undefined ? '' : ` (target >= ${target}: ${pairedRatio >= target ? 'met' : 'MISSED'})`;
  writeLine(`  median of per-round ratios port/raw ${pairedRatio.toFixed(2)}${verdict}`);
}

async function benchmarkAppends(): Promise<void> {
  const events = Array.from({ length: APPENDS_PER_ROUND }, (_, index) => contribution(index));
  const portRates: number[] = [];
  const rawRates: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const { portSeconds, rawSeconds } = await appendRound(events, round % 2 === 0);
    portRates.push(events.length / portSeconds);
    rawRates.push(events.length / rawSeconds);
  }
  report(
    `Durable single-event appends (${APPENDS_PER_ROUND} per round over ${STREAM_COUNT} streams, taking turns every ${APPEND_CHUNK}, synchronous_commit=on, ${ROUNDS} rounds)`,
    portRates,
    rawRates,
    APPEND_RATIO_TARGET,
  );
}

async function benchmarkReads(): Promise<void> {
  const schema = await freshSchema('read');
  const store = await openStore(schema);
  await fillStore(store, READ_EVENT_COUNT);
  const portRates: number[] = [];
  const rawRates: number[] = [];
  await withClient(async (client) => {
    for (let round = 0; round < ROUNDS; round += 1) {
      if (round % 2 === 0) {
        portRates.push(await portReadRate(store));
        rawRates.push(await rawReadRate(client, schema));
      } else {
        rawRates.push(await rawReadRate(client, schema));
        portRates.push(await portReadRate(store));
      }
    }
  });
  await store.close();
  await dropSchema(schema);
  report(
    `Full readAll of ${READ_EVENT_COUNT} events (${ROUNDS} rounds)`,
    portRates,
    rawRates,
    READ_RATIO_TARGET,
  );
}

/**
 * Not a target, a cost to know: the append lock serialises position assignment until commit (ADR 0004),
 * so concurrent writers cannot share commit flushes the way bare inserts can.
 */
async function benchmarkConcurrentAppends(): Promise<void> {
  const perWriter = Array.from({ length: CONCURRENT_APPENDS_PER_WRITER }, (_, index) => contribution(index));
  const portRates: number[] = [];
  const rawRates: number[] = [];
  for (let round = 0; round < CONCURRENT_ROUNDS; round += 1) {
    portRates.push(await concurrentPortRate(perWriter));
    rawRates.push(await concurrentRawRate(perWriter));
  }
  report(
    `Concurrent single-event appends (${CONCURRENT_WRITERS} writers x ${CONCURRENT_APPENDS_PER_WRITER}, one stream each, ${CONCURRENT_ROUNDS} rounds; no target)`,
    portRates,
    rawRates,
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
