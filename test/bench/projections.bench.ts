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
import { spawnSync } from 'node:child_process';
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
import { ProjectionRunner } from '../../libs/projections/src/runner/projection-runner';
import { seededChoices } from '../../libs/projections/src/testing/choices';
import {
  FundHistoryGenerator,
  generateFundEvents,
} from '../../libs/projections/src/testing/fund-history.generator';
import { newEventsOf } from '../../libs/projections/src/testing/stored-history';
import { formatRate, median, writeLine } from './run';

const DEFAULT_SIZES = [100_000, 1_000_000];
/** Each fund gets about this many events; the number of funds grows with the history. */
const EVENTS_PER_FUND = 1_000;
/** Funds generated side by side, so the log interleaves them as a city's funds would. */
const FUNDS_SIDE_BY_SIDE = 50;
/** Events buffered before each fund's share is appended in one batch. */
const APPEND_BUFFER_EVENTS = 20_000;
const RAW_BATCH_SIZE = 1_000;
const ROUNDS = 5;
const MEMORY_SAMPLE_MS = 100;
const RATIO_TARGET = 0.5;
const MEMORY_TARGET_MB = 512;
/** The old-generation heap limit the rebuild must fit in, whatever the size of the history. */
const HEAP_LIMIT_MB = 128;
const MB = 1024 * 1024;

interface Measurement {
  readonly events: number;
  readonly rawPerSecond: number;
  readonly rebuildPerSecond: number;
  /** Median of the per-round ratios of wall-clock rates, rebuild over raw. */
  readonly ratio: number;
  /** The same with CPU time, which other processes on the machine disturb less. */
  readonly cpuRatio: number;
  readonly peakRssMb: number;
  readonly peakHeapMb: number;
  /** Whether a rebuild also completes with the heap limited to HEAP_LIMIT_MB. */
  readonly fitsHeapLimit: boolean;
}

export async function run(): Promise<void> {
  const sizes = (process.env['BENCH_PROJECTION_SIZES'] ?? DEFAULT_SIZES.join(',')).split(',').map(Number);
  const results: Measurement[] = [];
  for (const size of sizes) {
    const path = await ensureHistory(size);
    results.push(measureInChild(path));
  }
  writeLine();
  writeLine(
    `events     | raw read+parse | rebuild        | ratio | CPU ratio | peak RSS | peak heap | fits ${HEAP_LIMIT_MB} MB heap`,
  );
  for (const result of results) writeLine(formatResult(result));
  writeLine(
    `targets: ratio >= ${RATIO_TARGET}, peak RSS < ${MEMORY_TARGET_MB} MB and flat as the history grows`,
  );
}

function formatResult(result: Measurement): string {
  return [
    result.events.toLocaleString('en-US').padEnd(10),
    formatRate(result.rawPerSecond).padEnd(14),
    formatRate(result.rebuildPerSecond).padEnd(14),
    result.ratio.toFixed(2).padEnd(5),
    result.cpuRatio.toFixed(2).padEnd(9),
    `${result.peakRssMb.toFixed(0)} MB`.padEnd(8),
    `${result.peakHeapMb.toFixed(0)} MB`.padEnd(9),
    result.fitsHeapLimit ? 'yes' : 'no',
  ].join(' | ');
}

/** A fingerprint of what the generator produces now, so a cached history from older code is not reused. */
function generatorFingerprint(): string {
  const probe = generateFundEvents('probe', seededChoices(7), 300);
  return createHash('sha256').update(JSON.stringify(probe)).digest('hex').slice(0, 12);
}

async function ensureHistory(size: number): Promise<string> {
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

/**
 * The measuring process compiles TypeScript with swc alone: ts-node would load the TypeScript compiler,
 * whose hundred-odd megabytes of heap would hide the memory the rebuild itself needs.
 */
const CHILD_BOOTSTRAP = `
const { readFileSync } = require('node:fs');
const { transformSync } = require(${JSON.stringify(require.resolve('@swc/core'))});
require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript', decorators: true }, target: 'es2022', keepClassNames: true,
      transform: { legacyDecorator: true, decoratorMetadata: true } },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
require(${JSON.stringify(require.resolve('tsconfig-paths/register'))});
require(process.argv[1])[process.argv[3]](process.argv[2]).catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error) + '\\n');
  process.exitCode = 1;
});
`;

function runChild(path: string, entry: 'measure' | 'rebuildOnce', nodeOptions: readonly string[] = []) {
  return spawnSync(process.execPath, [...nodeOptions, '-e', CHILD_BOOTSTRAP, __filename, path, entry], {
    cwd: join(__dirname, '..', '..'),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * MB,
  });
}

function measureInChild(path: string): Measurement {
  const child = runChild(path, 'measure');
  if (child.status !== 0) throw new Error(`The measuring process failed (exit ${String(child.status)})`);
  const lines = child.stdout.trim().split('\n');
  for (const line of lines.slice(0, -1)) writeLine(line);
  const measurement = JSON.parse(lines[lines.length - 1] ?? '{}') as Omit<Measurement, 'fitsHeapLimit'>;
  return { ...measurement, fitsHeapLimit: fitsHeapLimit(path) };
}

/**
 * The peak heap above counts garbage V8 has not collected yet. What the rebuild really keeps alive is
 * shown by running it once more with the heap limited to HEAP_LIMIT_MB: it completes, or dies out of memory.
 */
function fitsHeapLimit(path: string): boolean {
  return runChild(path, 'rebuildOnce', [`--max-old-space-size=${HEAP_LIMIT_MB}`]).status === 0;
}

/** In the child process: one rebuild, nothing measured. */
export async function rebuildOnce(path: string): Promise<void> {
  await rebuildAll(path, { rss: 0, heap: 0 });
}

/** Wall-clock and CPU time of one side of a round. */
interface Timing {
  readonly seconds: number;
  /** User and system CPU of the whole process (all its threads), in seconds. */
  readonly cpuSeconds: number;
}

function timed<Result>(work: () => Promise<Result>): Promise<{ result: Result; timing: Timing }> {
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  return work().then((result) => {
    const cpu = process.cpuUsage(cpuBefore);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return { result, timing: { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 } };
  });
}

/**
 * In the child process: one warm-up round of each side, not measured (at 100,000 events the first
 * rebuild is mostly the JIT compiling its code), then alternating raw and rebuild rounds, then one JSON
 * line with the figures.
 */
export async function measure(path: string): Promise<void> {
  const rounds: { raw: Timing; rebuild: Timing }[] = [];
  const memory = { rss: 0, heap: 0 };
  rawReadAndParse(path);
  await rebuildAll(path, memory);
  let events = 0;
  for (let round = 1; round <= ROUNDS; round += 1) {
    const raw = await timed(async () => rawReadAndParse(path));
    const rebuild = await timed(() => rebuildAll(path, memory));
    events = raw.result;
    rounds.push({ raw: raw.timing, rebuild: rebuild.timing });
    writeLine(`  round ${round}: ${describeRound(events, raw.timing, rebuild.timing)}`);
  }
  const result: Omit<Measurement, 'fitsHeapLimit'> = {
    events,
    rawPerSecond: median(rounds.map((round) => events / round.raw.seconds)),
    rebuildPerSecond: median(rounds.map((round) => events / round.rebuild.seconds)),
    ratio: median(rounds.map((round) => round.raw.seconds / round.rebuild.seconds)),
    cpuRatio: median(rounds.map((round) => round.raw.cpuSeconds / round.rebuild.cpuSeconds)),
    peakRssMb: Math.max(memory.rss, (process.resourceUsage().maxRSS * 1024) / MB),
    peakHeapMb: memory.heap,
  };
  writeLine(JSON.stringify(result));
}

function describeRound(events: number, raw: Timing, rebuild: Timing): string {
  const microseconds = (timing: Timing) => ((timing.cpuSeconds * 1e6) / events).toFixed(1);
  return [
    `raw ${formatRate(events / raw.seconds)} (${microseconds(raw)} µs CPU/event)`,
    `rebuild ${formatRate(events / rebuild.seconds)} (${microseconds(rebuild)} µs CPU/event)`,
    `ratio ${(raw.seconds / rebuild.seconds).toFixed(2)}`,
  ].join(', ');
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

/** Rebuilds the read models from position 0 with the service's runner, sampling memory meanwhile. */
async function rebuildAll(path: string, memory: { rss: number; heap: number }): Promise<void> {
  const store = openSqliteEventStore({ path });
  const readModels = openSqliteReadModelStore(sqliteReadModelPath(path));
  await readModels.startRebuild(PROJECTION_VERSION);
  const head = await store.headPosition();
  const runner = new ProjectionRunner(store, readModels);
  const sampler = setInterval(() => {
    const usage = process.memoryUsage();
    memory.rss = Math.max(memory.rss, usage.rss / MB);
    memory.heap = Math.max(memory.heap, usage.heapUsed / MB);
  }, MEMORY_SAMPLE_MS);
  runner.start();
  const reached = await runner.waitFor(head, 3_600_000);
  clearInterval(sampler);
  await runner.stop();
  await readModels.close();
  await store.close();
  if (!reached)
    throw new Error(`The rebuild did not reach position ${head}: ${JSON.stringify(runner.failure)}`);
}
