/**
 * The event store beside the one a team would most likely pick instead, Emmett's, on the same machine
 * and in the same run: our SQLite store beside `@event-driven-io/emmett-sqlite` 0.38.5 (with Emmett
 * 0.38.5) and our PostgreSQL store beside `@event-driven-io/emmett-postgresql` 0.42.0 (with Emmett
 * 0.42.0 and Pongo 0.16.11). Each Emmett store lives in its own local package under `test/bench/peers/`
 * with the Emmett core it was released with (see docs/benchmarks.md, "Peers").
 *
 * The same workload on all four stores:
 * - appends: single-event appends with the expected stream version, spread over many streams, each its
 *   own durable transaction (ours also builds canonical JSON and the SHA-256 hash chain), all rounds on
 *   the same two stores, as a running service appends to files that already hold its history;
 * - stream reads: every stream of a pre-filled store read whole, one after the other; and the ten newest
 *   events of every stream, which is what the service's command path reads (it keeps each fund's folded
 *   state and reads only the events appended since);
 * - full log read: the whole pre-filled log in position order (Emmett: its `readMessagesBatch`, the
 *   cheapest way it offers to page through the log).
 * Every read hands each event to the same consumer on both sides, which reads what the service's command
 * fold reads: the type, the data and the command id in the metadata. Each side reads everything
 * `WARM_UP_PASSES` times before the measured rounds.
 * Rounds alternate which store goes first; the verdict uses the median of the per-round ratios.
 * Targets: SQLite at least 10x Emmett's on appends and 5x on stream reads; PostgreSQL at least 1.0x on
 * appends and reads.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventStore, type EventStore, type NewEvent } from '@fund-ledger/event-store';
import {
  dropSchema,
  isPostgresReachable,
  randomSchemaName,
  TEST_DATABASE_URL,
} from '@fund-ledger/event-store/postgres/testing/postgres-test-database';
import { formatRate, median, writeLine } from './run';
import {
  contribution,
  measureBothSides,
  measureRounds,
  ratePerSecond,
  type SideFigures,
} from './store-bench-rounds';

const ROUNDS = 7;
const APPENDS_PER_ROUND = 2_000;
const WARM_UP_PASSES = 3;
const APPEND_STREAM_COUNT = 50;
const READ_STREAM_COUNT = 100;
const EVENTS_PER_READ_STREAM = 100;
const FILL_BATCH_SIZE = 100;
const LOG_PAGE_SIZE = 1_000;
/** Events a command typically reads: those appended since its cached state of the fund. */
const RECENT_EVENT_COUNT = 10;

/** What the service's command fold reads of every event: its type, its data and the command id. */
function readsAsFold(event: {
  readonly type: string;
  readonly data: object;
  readonly metadata: { readonly commandId?: unknown };
}): boolean {
  return event.type.length > 0 && 'amount' in event.data && typeof event.metadata.commandId === 'string';
}

function countRead(events: readonly EmmettEvent[]): number {
  let count = 0;
  for (const event of events) count += readsAsFold(event) ? 1 : 0;
  return count;
}

interface Targets {
  readonly appends: number;
  readonly streamReads: number;
  readonly fullRead: number | null;
}

/** What the workload needs from a store; one implementation per store under test. */
interface StoreUnderTest {
  /** Appends one event expecting the stream where this store left it. */
  appendOne(streamId: string, event: NewEvent): Promise<void>;
  appendBatch(streamId: string, events: readonly NewEvent[]): Promise<void>;
  /** Reads the stream from a revision (0-based) to its end; returns the number of events. */
  readStream(streamId: string, fromRevision: number): Promise<number>;
  /** Reads the global log whole; returns the number of events. */
  readAll(): Promise<number>;
  close(): Promise<void>;
}

/** One side of a comparison: runs each measurement where its store lives and reports the rate. */
interface Side {
  /** Opens a fresh, empty store for the append rounds. */
  openEmpty(): Promise<StoreUnderTest>;
  /** Opens the store the reads use and fills it. */
  prepareReads(): Promise<void>;
  streamReadRate(): Promise<number>;
  recentStreamReadRate(): Promise<number>;
  fullReadRate(): Promise<number>;
  close(): Promise<void>;
}

interface StorePair {
  readonly label: string;
  readonly peerLabel: string;
  readonly targets: Targets;
  readonly ours: Side;
  readonly peer: Side;
  /** Removes every file or schema the pair created. */
  cleanUp(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------------
// Our stores, through the port.

function ourStore(store: EventStore): StoreUnderTest {
  const heads = new Map<string, number>();
  return {
    async appendOne(streamId, event) {
      const result = await store.append(streamId, [event], heads.get(streamId) ?? 'no_stream');
      heads.set(streamId, result.nextExpectedRevision);
    },
    async appendBatch(streamId, events) {
      await store.append(streamId, events, 'any');
    },
    async readStream(streamId, fromRevision) {
      let count = 0;
      for await (const event of store.readStream(streamId, { fromRevision }))
        count += readsAsFold(event) ? 1 : 0;
      return count;
    },
    async readAll() {
      let count = 0;
      for await (const event of store.readAll()) count += readsAsFold(event) ? 1 : 0;
      return count;
    },
    close: () => store.close(),
  };
}

// ---------------------------------------------------------------------------------------------------
// Emmett's stores, loaded from their local packages. Only the members used here are typed.

interface EmmettEvent {
  readonly type: string;
  readonly data: object;
  readonly metadata: object;
}

interface EmmettEventStore {
  appendToStream(
    streamName: string,
    events: EmmettEvent[],
    options?: { expectedStreamVersion?: unknown },
  ): Promise<{ nextExpectedStreamVersion: bigint }>;
  readStream(streamName: string, options?: { from: bigint }): Promise<{ events: readonly EmmettEvent[] }>;
  close?(): Promise<void>;
}

interface LogPage {
  readonly currentGlobalPosition: bigint;
  readonly messages: readonly EmmettEvent[];
  readonly areEventsLeft?: boolean;
  readonly areMessagesLeft?: boolean;
}

interface EmmettCore {
  readonly STREAM_DOES_NOT_EXIST: unknown;
}

interface EmmettSqlite {
  getSQLiteEventStore(options: {
    fileName: string;
    schema: { autoMigration: 'CreateOrUpdate' };
  }): EmmettEventStore;
  sqliteConnection(options: { fileName: string }): { close(): void };
  readMessagesBatch(connection: unknown, options: { after: bigint; batchSize: number }): Promise<LogPage>;
}

interface EmmettPostgres {
  getPostgreSQLEventStore(
    connectionString: string,
    options: { schema: { autoMigration: 'CreateOrUpdate' } },
  ): EmmettEventStore;
  readMessagesBatch(execute: unknown, options: { after: bigint; batchSize: number }): Promise<LogPage>;
}

interface Dumbo {
  dumbo(options: { connectionString: string }): { execute: unknown; close(): Promise<void> };
}

const PEERS_DIRECTORY = join(__dirname, 'peers');
const sqlitePeer = createRequire(join(PEERS_DIRECTORY, 'emmett-sqlite-0.38', 'package.json'));
const postgresPeer = createRequire(join(PEERS_DIRECTORY, 'emmett-postgresql-0.42', 'package.json'));

function toEmmettEvent(event: NewEvent): EmmettEvent {
  return { type: event.type, data: event.data, metadata: event.metadata };
}

/**
 * Emmett's SQLite store (0.38.5) sometimes fails a single-event append at its commit with "SQLITE_BUSY:
 * cannot commit transaction - SQL statements in progress", even with one writer; nothing is written
 * then, and the same append with the same expected version succeeds when tried again. The benchmark
 * retries such appends, as an application would have to, counts the retries and reports them.
 */
const BUSY_TRIES_MAX = 10;
let emmettBusyRetries = 0;

async function appendRetryingBusy(append: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await append();
      return;
    } catch (error) {
      if (attempt >= BUSY_TRIES_MAX || !String(error).includes('SQLITE_BUSY')) throw error;
      emmettBusyRetries += 1;
    }
  }
}

function emmettStore(
  store: EmmettEventStore,
  core: EmmettCore,
  readLog: () => Promise<number>,
  close: () => Promise<void>,
): StoreUnderTest {
  const versions = new Map<string, bigint>();
  return {
    appendOne: (streamId, event) =>
      appendRetryingBusy(async () => {
        const expectedStreamVersion = versions.get(streamId) ?? core.STREAM_DOES_NOT_EXIST;
        const result = await store.appendToStream(streamId, [toEmmettEvent(event)], {
          expectedStreamVersion,
        });
        versions.set(streamId, result.nextExpectedStreamVersion);
      }),
    appendBatch: (streamId, events) =>
      appendRetryingBusy(async () => {
        await store.appendToStream(streamId, events.map(toEmmettEvent));
      }),
    async readStream(streamId, fromRevision) {
      // Emmett counts stream positions from 1.
      const options = fromRevision > 0 ? { from: BigInt(fromRevision + 1) } : undefined;
      return countRead((await store.readStream(streamId, options)).events);
    },
    readAll: readLog,
    close,
  };
}

/** Pages through an Emmett log with its own batch reader until it says nothing is left. */
async function readEmmettLog(readPage: (after: bigint) => Promise<LogPage>): Promise<number> {
  let count = 0;
  let after = 0n;
  for (;;) {
    const page = await readPage(after);
    count += countRead(page.messages);
    const more = page.areEventsLeft ?? page.areMessagesLeft ?? false;
    if (!more || page.messages.length === 0) return count;
    after = page.currentGlobalPosition;
  }
}

// ---------------------------------------------------------------------------------------------------
// The two pairs.

function sqlitePair(): StorePair {
  const directory = mkdtempSync(join(tmpdir(), 'fund-ledger-peers-'));
  let files = 0;
  const nextFile = () => join(directory, `ours-${(files += 1)}.sqlite`);
  return {
    label: 'SQLite',
    peerLabel: 'Emmett SQLite 0.38.5',
    targets: { appends: 10, streamReads: 5, fullRead: null },
    ours: localSide(async () => ourStore(await createEventStore({ kind: 'sqlite', path: nextFile() }))),
    peer: localSide(emmettSqliteOpener(directory)),
    cleanUp: async () => rmSync(directory, { recursive: true, force: true }),
  };
}

/** Opens Emmett SQLite stores in fresh files of the directory. */
function emmettSqliteOpener(directory: string): () => Promise<StoreUnderTest> {
  const core = sqlitePeer('@event-driven-io/emmett') as EmmettCore;
  const emmett = sqlitePeer('@event-driven-io/emmett-sqlite') as EmmettSqlite;
  let files = 0;
  return async () => {
    const fileName = join(directory, `emmett-${(files += 1)}.sqlite`);
    const store = emmett.getSQLiteEventStore({ fileName, schema: { autoMigration: 'CreateOrUpdate' } });
    const readLog = async () => {
      const connection = emmett.sqliteConnection({ fileName });
      try {
        return await readEmmettLog((after) =>
          emmett.readMessagesBatch(connection, { after, batchSize: LOG_PAGE_SIZE }),
        );
      } finally {
        connection.close();
      }
    };
    return emmettStore(store, core, readLog, async () => undefined);
  };
}

/**
 * A connection string whose sessions work in the given schema (Emmett names its tables without a
 * schema). Emmett's schema migration decides whether it already ran by looking for its migrations table
 * in any schema of the database, so only one Emmett schema may exist at a time: each is dropped as soon
 * as its store is closed.
 */
function inSchema(connectionString: string, schema: string): string {
  const separator = connectionString.includes('?') ? '&' : '?';
  return `${connectionString}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}

function postgresPair(): StorePair {
  const schemas: string[] = [];
  const nextSchema = (name: string) => {
    const schema = randomSchemaName(`peers_${name}`);
    schemas.push(schema);
    return schema;
  };
  const core = postgresPeer('@event-driven-io/emmett') as EmmettCore;
  const emmett = postgresPeer('@event-driven-io/emmett-postgresql') as EmmettPostgres;
  const { dumbo } = postgresPeer('@event-driven-io/dumbo') as Dumbo;
  return {
    label: 'PostgreSQL',
    peerLabel: 'Emmett PostgreSQL 0.42.0',
    targets: { appends: 1, streamReads: 1, fullRead: 1 },
    ours: localSide(async () =>
      ourStore(
        await createEventStore({
          kind: 'postgres',
          connectionString: TEST_DATABASE_URL,
          schema: nextSchema('ours'),
        }),
      ),
    ),
    peer: localSide(async () => {
      const schema = nextSchema('emmett');
      await createSchema(schema);
      const connectionString = inSchema(TEST_DATABASE_URL, schema);
      const store = emmett.getPostgreSQLEventStore(connectionString, {
        schema: { autoMigration: 'CreateOrUpdate' },
      });
      const pool = dumbo({ connectionString });
      const readLog = () =>
        readEmmettLog((after) => emmett.readMessagesBatch(pool.execute, { after, batchSize: LOG_PAGE_SIZE }));
      return emmettStore(store, core, readLog, async () => {
        await pool.close();
        await store.close?.();
        await dropSchema(schema);
      });
    }),
    cleanUp: async () => {
      for (const schema of schemas) await dropSchema(schema);
    },
  };
}

async function createSchema(schema: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------------
// The workload.

interface AppendStores {
  readonly ours: StoreUnderTest;
  readonly peer: StoreUnderTest;
}

/**
 * Every append round continues on the same two stores, as a service appends to a file that already
 * holds its history; only the first round writes into new files. Each store is empty before it.
 */
async function appendRates(pair: StorePair): Promise<Figures> {
  const stores = { ours: await pair.ours.openEmpty(), peer: await pair.peer.openEmpty() };
  let roundsDone = 0;
  try {
    return await roundsOf((oursFirst) => appendRound(stores, APPENDS_PER_ROUND * roundsDone++, oursFirst));
  } finally {
    await stores.ours.close();
    await stores.peer.close();
  }
}

/**
 * One round of appends: each side appends the round's events in one block, the order alternating by
 * round. Not in small turns: Emmett's store creates and removes files on every append, and our flushes
 * right after its turn then also waited for that file-system work (our rate fell, Emmett's did not).
 */
async function appendRound(
  stores: AppendStores,
  firstIndex: number,
  oursFirst: boolean,
): Promise<SideFigures> {
  const events = Array.from({ length: APPENDS_PER_ROUND }, (_, offset) => contribution(firstIndex + offset));
  return measureBothSides(
    oursFirst,
    () => appendRate(stores.ours, events, firstIndex),
    () => appendRate(stores.peer, events, firstIndex),
  );
}

/** Appends the events one at a time, spread over the streams from `firstIndex` on. */
async function appendRate(
  store: StoreUnderTest,
  events: readonly NewEvent[],
  firstIndex: number,
): Promise<number> {
  const started = process.hrtime.bigint();
  for (const [offset, event] of events.entries())
    await store.appendOne(`fund-${(firstIndex + offset) % APPEND_STREAM_COUNT}`, event);
  return ratePerSecond(events.length, started);
}

async function fill(store: StoreUnderTest): Promise<void> {
  for (let stream = 0; stream < READ_STREAM_COUNT; stream += 1) {
    for (let start = 0; start < EVENTS_PER_READ_STREAM; start += FILL_BATCH_SIZE) {
      const batch = Array.from({ length: FILL_BATCH_SIZE }, (_, offset) =>
        contribution(stream * 1_000 + start + offset),
      );
      await store.appendBatch(`fund-${stream}`, batch);
    }
  }
}

/** Reads every stream from `fromRevision` to its end, and checks that exactly the expected events came back. */
async function streamReadRate(store: StoreUnderTest, fromRevision: number): Promise<number> {
  const started = process.hrtime.bigint();
  let count = 0;
  for (let stream = 0; stream < READ_STREAM_COUNT; stream += 1) {
    count += await store.readStream(`fund-${stream}`, fromRevision);
  }
  const expected = READ_STREAM_COUNT * (EVENTS_PER_READ_STREAM - fromRevision);
  if (count !== expected) throw new Error(`Stream reads returned ${count} events instead of ${expected}`);
  return ratePerSecond(count, started);
}

async function fullReadRate(store: StoreUnderTest): Promise<number> {
  const started = process.hrtime.bigint();
  const count = await store.readAll();
  if (count !== READ_STREAM_COUNT * EVENTS_PER_READ_STREAM)
    throw new Error(`The full read returned ${count} events`);
  return ratePerSecond(count, started);
}

interface Figures {
  readonly ours: number[];
  readonly peer: number[];
}

/** Runs a measurement on both sides for every round, alternating which side goes first. */
function alternate(measureOurs: () => Promise<number>, measurePeer: () => Promise<number>): Promise<Figures> {
  return roundsOf((oursFirst) => measureBothSides(oursFirst, measureOurs, measurePeer));
}

/** Our store is the port side of the shared round helpers, the peer the side it is compared with. */
async function roundsOf(measureRound: (oursFirst: boolean) => Promise<SideFigures>): Promise<Figures> {
  const { portRates, rawRates } = await measureRounds(ROUNDS, measureRound);
  return { ours: portRates, peer: rawRates };
}

/** Unmeasured passes of every read, so that no measured round pays for compiling the read path. */
async function warmUpReads(side: Side): Promise<void> {
  for (let pass = 0; pass < WARM_UP_PASSES; pass += 1) {
    await side.streamReadRate();
    await side.fullReadRate();
  }
}

function localSide(open: () => Promise<StoreUnderTest>): Side {
  let readStore: StoreUnderTest | null = null;
  const requireReadStore = () => {
    if (readStore === null) throw new Error('prepareReads() must run before the reads');
    return readStore;
  };
  return {
    openEmpty: open,
    async prepareReads() {
      readStore = await open();
      await fill(readStore);
    },
    streamReadRate: () => streamReadRate(requireReadStore(), 0),
    recentStreamReadRate: () =>
      streamReadRate(requireReadStore(), EVENTS_PER_READ_STREAM - RECENT_EVENT_COUNT),
    fullReadRate: () => fullReadRate(requireReadStore()),
    close: async () => readStore?.close(),
  };
}

function report(label: string, figures: Figures, target: number | null): void {
  const ratio = median(figures.ours.map((rate, round) => rate / figures.peer[round]));
  const verdict =
    target === null ? 'no target' : `target >= ${target}: ${ratio >= target ? 'met' : 'MISSED'}`;
  writeLine(`  ${label}`);
  writeLine(
    `    ours  ${figures.ours.map((rate) => formatRate(rate)).join(', ')}  (median ${formatRate(median(figures.ours))})`,
  );
  writeLine(
    `    peer  ${figures.peer.map((rate) => formatRate(rate)).join(', ')}  (median ${formatRate(median(figures.peer))})`,
  );
  writeLine(`    median of per-round ratios ours/peer ${ratio.toFixed(2)} (${verdict})`);
}

function reportBusyRetries(): void {
  if (emmettBusyRetries > 0) {
    writeLine(
      `    (Emmett's appends failed with SQLITE_BUSY and were tried again ${emmettBusyRetries} times; the retries are in its figures)`,
    );
  }
  emmettBusyRetries = 0;
}

async function benchmarkPair(pair: StorePair): Promise<void> {
  writeLine(`${pair.label}: ours beside ${pair.peerLabel}, ${ROUNDS} rounds`);
  const { ours, peer } = pair;
  try {
    const appends = await appendRates(pair);
    report(
      `durable single-event appends (${APPENDS_PER_ROUND} per round over ${APPEND_STREAM_COUNT} streams, expected version checked, the same two stores for all rounds)`,
      appends,
      pair.targets.appends,
    );
    reportBusyRetries();
    await ours.prepareReads();
    await peer.prepareReads();
    emmettBusyRetries = 0;
    await warmUpReads(ours);
    await warmUpReads(peer);
    const streamReads = await alternate(
      () => ours.streamReadRate(),
      () => peer.streamReadRate(),
    );
    report(
      `stream reads (${READ_STREAM_COUNT} streams of ${EVENTS_PER_READ_STREAM} events, each read whole)`,
      streamReads,
      pair.targets.streamReads,
    );
    const recentReads = await alternate(
      () => ours.recentStreamReadRate(),
      () => peer.recentStreamReadRate(),
    );
    report(
      `stream reads of the ${RECENT_EVENT_COUNT} newest events of each of the ${READ_STREAM_COUNT} streams`,
      recentReads,
      pair.targets.streamReads,
    );
    const fullReads = await alternate(
      () => ours.fullReadRate(),
      () => peer.fullReadRate(),
    );
    report(
      `full log read (${READ_STREAM_COUNT * EVENTS_PER_READ_STREAM} events)`,
      fullReads,
      pair.targets.fullRead,
    );
  } finally {
    await ours.close();
    await peer.close();
    await pair.cleanUp();
  }
}

export async function run(): Promise<void> {
  await benchmarkPair(sqlitePair());
  writeLine();
  if (!isPostgresReachable()) {
    writeLine(
      `PostgreSQL: not run, because PostgreSQL is not reachable at ${TEST_DATABASE_URL} (set DATABASE_URL)`,
    );
    return;
  }
  await benchmarkPair(postgresPair());
}
