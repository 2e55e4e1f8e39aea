/**
 * What the event store port costs over the bare better-sqlite3 driver, measured in the same run:
 *
 * - durable appends: single-event appends, each its own transaction with synchronous=FULL, through the
 *   port (BEGIN IMMEDIATE, head lookup, expected-revision check, canonical JSON, SHA-256, insert, commit)
 *   beside bare autocommitted inserts of the same rows (JSON.stringify and insert only) into a table of the
 *   same shape. Target: port/raw >= 0.7.
 * - full read: `readAll()` through the port (batched keyset queries, JSON.parse, event objects, async
 *   iteration) beside bare keyset-batched selects with JSON.parse of data and metadata.
 *   Target: port/raw >= 0.5.
 *
 * Each measurement runs several rounds, alternating which side goes first, and reports the medians.
 * Run it on an otherwise idle machine: appends wait for the disk, which other processes share.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewEvent } from '@fund-ledger/event-store';
import { openSqliteEventStore } from '@fund-ledger/event-store/sqlite/sqlite-event-store';
import { writeLine } from './run';
import {
  contribution,
  fillStore,
  measureBothSides,
  measureRounds,
  PLACEHOLDER_HASH,
  portReadRate,
  ratePerSecond,
  RAW_READ_BATCH_SIZE,
  reportRounds,
  STREAM_COUNT,
  streamOf,
} from './store-bench-rounds';

const ROUNDS = 7;
const APPENDS_PER_ROUND = 1_500;
const READ_EVENT_COUNT = 200_000;
const APPEND_RATIO_TARGET = 0.7;
const READ_RATIO_TARGET = 0.5;

const RAW_SCHEMA = `
  CREATE TABLE events (
    position INTEGER PRIMARY KEY AUTOINCREMENT, stream_id TEXT NOT NULL, revision INTEGER NOT NULL,
    type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL,
    UNIQUE (stream_id, revision)
  )`;

interface Workspace {
  readonly directory: string;
  file(name: string): string;
  remove(): void;
}

function workspace(): Workspace {
  const directory = mkdtempSync(join(tmpdir(), 'fund-ledger-bench-'));
  return {
    directory,
    file: (name) => join(directory, name),
    remove: () => rmSync(directory, { recursive: true, force: true }),
  };
}

async function portAppendRate(path: string, events: readonly NewEvent[]): Promise<number> {
  const store = openSqliteEventStore({ path });
  const heads = new Map<string, number>();
  const started = process.hrtime.bigint();
  for (let index = 0; index < events.length; index += 1) {
    const streamId = streamOf(index);
    const result = await store.append(streamId, [events[index]], heads.get(streamId) ?? 'no_stream');
    heads.set(streamId, result.nextExpectedRevision);
  }
  const rate = ratePerSecond(events.length, started);
  await store.close();
  return rate;
}

function rawAppendRate(path: string, events: readonly NewEvent[]): number {
  const db = openRawDatabase(path);
  db.exec(RAW_SCHEMA);
  const insert = db.prepare(
    'INSERT INTO events (stream_id, revision, type, data, metadata, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const started = process.hrtime.bigint();
  for (let index = 0; index < events.length; index += 1) {
    const event = events[index];
    const revision = Math.floor(index / STREAM_COUNT);
    const data = JSON.stringify(event.data);
    const metadata = JSON.stringify(event.metadata);
    insert.run(streamOf(index), revision, event.type, data, metadata, PLACEHOLDER_HASH, PLACEHOLDER_HASH);
  }
  const rate = ratePerSecond(events.length, started);
  db.close();
  return rate;
}

/**
 * The fastest bare read we found: keyset batches of 1,000 rows fetched with `all()` (about twice as fast
 * as `iterate()` over one statement, which crosses into native code for every row).
 */
function rawReadRate(path: string): number {
  const db = openRawDatabase(path);
  const select = db
    .prepare(
      'SELECT position, stream_id, revision, type, data, metadata, prev_hash, hash FROM events WHERE position > ? ORDER BY position LIMIT ?',
    )
    .raw();
  const started = process.hrtime.bigint();
  let count = 0;
  let afterPosition = 0;
  for (;;) {
    const rows = select.all(afterPosition, RAW_READ_BATCH_SIZE) as unknown[][];
    for (const row of rows) {
      const data = JSON.parse(row[4] as string) as object;
      const metadata = JSON.parse(row[5] as string) as object;
      count += data !== null && metadata !== null ? 1 : 0;
    }
    if (rows.length < RAW_READ_BATCH_SIZE) {
      break;
    }
    afterPosition = rows[rows.length - 1][0] as number;
  }
  const rate = ratePerSecond(count, started);
  db.close();
  return rate;
}

function openRawDatabase(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  return db;
}

async function benchmarkAppends(): Promise<void> {
  const events = Array.from({ length: APPENDS_PER_ROUND }, (_, index) => contribution(index));
  const rates = await measureRounds(ROUNDS, async (portFirst) => {
    const space = workspace();
    const figures = await measureBothSides(
      portFirst,
      () => portAppendRate(space.file('port.sqlite'), events),
      () => rawAppendRate(space.file('raw.sqlite'), events),
    );
    space.remove();
    return figures;
  });
  reportRounds(
    `Durable single-event appends (${APPENDS_PER_ROUND} per round over ${STREAM_COUNT} streams, synchronous=FULL, ${ROUNDS} rounds)`,
    rates,
    APPEND_RATIO_TARGET,
  );
}

async function benchmarkReads(): Promise<void> {
  const space = workspace();
  const path = space.file('read.sqlite');
  const store = openSqliteEventStore({ path });
  await fillStore(store, READ_EVENT_COUNT);
  const rates = await measureRounds(ROUNDS, (portFirst) =>
    measureBothSides(
      portFirst,
      () => portReadRate(store),
      () => rawReadRate(path),
    ),
  );
  await store.close();
  space.remove();
  reportRounds(`Full readAll of ${READ_EVENT_COUNT} events (${ROUNDS} rounds)`, rates, READ_RATIO_TARGET);
}

export async function run(): Promise<void> {
  await benchmarkAppends();
  writeLine();
  await benchmarkReads();
}
