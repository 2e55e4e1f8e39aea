/**
 * Rebuilding every projection from a generated history of 100,000 and 1,000,000 events (many funds),
 * beside a raw read-and-parse of the same events in the same process:
 *
 * - the history is generated through the domain's decider (realistic funds: contributions, applications,
 *   jury votes, grants, payouts, clawbacks, year closings), funds side by side, written with the SQLite
 *   store in big batches, and cached under the OS temp directory (generating a million events takes minutes);
 * - raw: better-sqlite3 reads the events table in keyset-paged batches and `JSON.parse`s data and metadata;
 * - rebuild: the projection runner follows the store's subscription from position 0 and stores the read
 *   models (fund summaries, application views, checkpoint) in their file beside the events', as the
 *   service does.
 *
 * Each size is measured in a fresh child process, so its peak memory is its own. After one warm-up round
 * of each side, raw and rebuild rounds alternate; rates are medians, the ratio is the median of the per-round ratios (both sides of a round run
 * back to back), printed for wall-clock time and for CPU time (which other processes on a shared machine
 * disturb less). Targets: rebuild at least 0.5 of the raw rate, peak memory under 512 MB and flat from
 * 100k to 1M events.
 *
 * Run: `npm run bench -- projections` (sizes from BENCH_PROJECTION_SIZES, default "100000,1000000").
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteReadModelPath } from '../../libs/config/src/store-configs';
import { fundStreamName } from '../../libs/domain/src';
import type { EventStore, NewEvent } from '../../libs/event-store/src/event-store.port';
import { openSqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store';
import { PROJECTION_VERSION } from '../../libs/projections/src/fund-projection';
import { openSqliteReadModelStore } from '../../libs/projections/src/read-model-store/sqlite-read-model-store';
import { seededChoices } from '../../libs/projections/src/testing/choices';
import {
  FundHistoryGenerator,
  generateFundEvents,
} from '../../libs/projections/src/testing/fund-history.generator';
import { newEventsOf } from '../../libs/projections/src/testing/stored-history';
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

/** Each fund gets about this many events; the number of funds grows with the history. */
const EVENTS_PER_FUND = 1_000;
/** Funds generated side by side, so the log interleaves them as a city's funds would. */
const FUNDS_SIDE_BY_SIDE = 50;
/** Events buffered before each fund's share is appended in one batch. */
const APPEND_BUFFER_EVENTS = 20_000;
const RAW_BATCH_SIZE = 1_000;

export async function run(): Promise<void> {
  const sizes = historySizes('BENCH_PROJECTION_SIZES');
  const results: Measurement[] = [];
  for (const size of sizes) {
    const path = await ensureHistory(size);
    results.push(measureInChild(__filename, path));
  }
  printMeasurements(results);
}

/** A fingerprint of what the generator produces now, so a cached history from older code is not reused. */
function generatorFingerprint(): string {
  const probe = generateFundEvents('probe', seededChoices(7), 300);
  return createHash('sha256').update(JSON.stringify(probe)).digest('hex').slice(0, 12);
}

/** The generated history of `size` events in a SQLite file, generated on first use and cached. */
export async function ensureHistory(size: number): Promise<string> {
  const directory = join(tmpdir(), 'fund-ledger-bench');
  mkdirSync(directory, { recursive: true });
  const path = join(directory, `projections-${size}-${generatorFingerprint()}.sqlite`);
  if (existsSync(path)) {
    writeLine(`Using the cached history of ${size.toLocaleString('en-US')} events at ${path}`);
    return path;
  }
  const partial = `${path}.partial`;
  rmSync(partial, { force: true });
  writeLine(`Generating ${size.toLocaleString('en-US')} events through the decider into ${path} ...`);
  const store = openSqliteEventStore({ path: partial });
  try {
    await generateHistory(store, size);
  } finally {
    await store.close();
  }
  renameSync(partial, path);
  return path;
}

async function generateHistory(store: EventStore, size: number): Promise<void> {
  let written = 0;
  let fundNumber = 0;
  while (written < size) {
    const generators = Array.from({ length: FUNDS_SIDE_BY_SIDE }, () => {
      fundNumber += 1;
      return new FundHistoryGenerator(`bench-${fundNumber}`, seededChoices(fundNumber));
    });
    written += await generateSideBySide(store, generators, size - written);
    process.stdout.write(`  ${written.toLocaleString('en-US')} events written\n`);
  }
}

/** Steps the funds in turns until each has its share of events (or the history is complete). */
async function generateSideBySide(
  store: EventStore,
  generators: FundHistoryGenerator[],
  remaining: number,
): Promise<number> {
  const buffers = new Map<string, NewEvent[]>(generators.map((generator) => [generator.fundId, []]));
  const counts = new Map<string, number>(generators.map((generator) => [generator.fundId, 0]));
  let buffered = 0;
  let written = 0;
  let active = generators;
  while (active.length > 0 && written + buffered < remaining) {
    for (const generator of active) {
      const events = newEventsOf(generator.step());
      buffers.get(generator.fundId)?.push(...events);
      counts.set(generator.fundId, (counts.get(generator.fundId) ?? 0) + events.length);
      buffered += events.length;
    }
    active = active.filter((generator) => (counts.get(generator.fundId) ?? 0) < EVENTS_PER_FUND);
    if (buffered >= APPEND_BUFFER_EVENTS) {
      written += await appendBuffers(store, buffers);
      buffered = 0;
    }
  }
  return written + (await appendBuffers(store, buffers));
}

async function appendBuffers(store: EventStore, buffers: Map<string, NewEvent[]>): Promise<number> {
  let written = 0;
  for (const [fundId, events] of buffers) {
    if (events.length === 0) continue;
    await store.append(fundStreamName(fundId), events, 'any');
    written += events.length;
    buffers.set(fundId, []);
  }
  return written;
}

/** In the measuring child: raw read beside rebuild, round after round. */
export async function measure(path: string): Promise<void> {
  await measureRounds({
    raw: async () => rawReadAndParse(path),
    rebuild: (memory) => rebuildAll(path, memory),
  });
}

/** In the child process: one rebuild, nothing measured. */
export async function rebuildOnce(path: string): Promise<void> {
  await rebuildAll(path, { rss: 0, heap: 0 });
}

/** Reads every event in keyset-paged batches and parses data and metadata; returns the number of events. */
function rawReadAndParse(path: string): number {
  const db = new Database(path, { readonly: true });
  const batch = db.prepare(
    'SELECT position, stream_id, revision, type, data, metadata, prev_hash, hash FROM events WHERE position > ? ORDER BY position LIMIT ?',
  );
  let events = 0;
  let after = 0;
  for (;;) {
    const rows = batch.all(after, RAW_BATCH_SIZE) as { position: number; data: string; metadata: string }[];
    for (const row of rows) {
      JSON.parse(row.data);
      JSON.parse(row.metadata);
    }
    events += rows.length;
    if (rows.length < RAW_BATCH_SIZE) break;
    after = rows[rows.length - 1]?.position ?? after;
  }
  db.close();
  return events;
}

/** Rebuilds the read models in their file beside the events' file, as the service keeps them. */
async function rebuildAll(path: string, memory: PeakMemory): Promise<void> {
  const store = openSqliteEventStore({ path });
  const readModels = openSqliteReadModelStore(sqliteReadModelPath(path));
  await readModels.startRebuild(PROJECTION_VERSION);
  await rebuildFromStart(store, readModels, memory);
}
