/**
 * What the rebuild benchmarks share: a measuring child process per history, warm-up and alternating
 * raw and rebuild rounds with wall-clock and CPU time, peak memory sampled meanwhile, a further rebuild
 * in a limited heap, and the table of results.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { EventStore } from '../../libs/event-store/src/event-store.port';
import type { ReadModelStore } from '../../libs/projections/src/read-model-store/read-model-store.port';
import { ProjectionRunner } from '../../libs/projections/src/runner/projection-runner';
import { formatRate, median, writeLine } from './run';

/** The history sizes measured unless the benchmark's variable names others (a comma-separated list). */
const DEFAULT_SIZES = [100_000, 1_000_000];
const ROUNDS = 5;
const MEMORY_SAMPLE_MS = 100;
const RATIO_TARGET = 0.5;
const MEMORY_TARGET_MB = 512;
/** The old-generation heap limit the rebuild must fit in, whatever the size of the history. */
const HEAP_LIMIT_MB = 128;
const MB = 1024 * 1024;
/** A rebuild that has not reached the head after this long has stalled. */
const REBUILD_TIMEOUT_MS = 3_600_000;

export interface Measurement {
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

/** The highest resident set and used heap seen while rebuilding, in MB. */
export interface PeakMemory {
  rss: number;
  heap: number;
}

/** The two sides of a round, as the measuring child runs them: each returns or rebuilds every event. */
export interface RebuildSides {
  raw(): Promise<number>;
  rebuild(memory: PeakMemory): Promise<void>;
}

export function historySizes(variable: string): number[] {
  return (process.env[variable] ?? DEFAULT_SIZES.join(',')).split(',').map(Number);
}

export function printMeasurements(results: readonly Measurement[]): void {
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

/**
 * The measuring process compiles TypeScript with swc alone: ts-node would load the TypeScript compiler,
 * whose hundred-odd megabytes of heap would hide the memory the rebuild itself needs. It calls the
 * export named by its third argument of the benchmark file with the second argument.
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

function runChild(
  benchmarkFile: string,
  entry: 'measure' | 'rebuildOnce',
  argument: string,
  nodeOptions: readonly string[] = [],
) {
  return spawnSync(
    process.execPath,
    [...nodeOptions, '-e', CHILD_BOOTSTRAP, benchmarkFile, argument, entry],
    {
      cwd: join(__dirname, '..', '..'),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 16 * MB,
    },
  );
}

/**
 * Runs `measure(argument)` of the benchmark file in a fresh process, so that its peak memory is its own,
 * then `rebuildOnce(argument)` with the heap limited to HEAP_LIMIT_MB. The peak heap of the first counts
 * garbage V8 has not collected yet; what the rebuild really keeps alive shows in the second, which
 * completes or dies out of memory.
 */
export function measureInChild(benchmarkFile: string, argument: string): Measurement {
  const child = runChild(benchmarkFile, 'measure', argument);
  if (child.status !== 0) throw new Error(`The measuring process failed (exit ${String(child.status)})`);
  const lines = child.stdout.trim().split('\n');
  for (const line of lines.slice(0, -1)) writeLine(line);
  const measurement = JSON.parse(lines[lines.length - 1] ?? '{}') as Omit<Measurement, 'fitsHeapLimit'>;
  const limited = runChild(benchmarkFile, 'rebuildOnce', argument, [`--max-old-space-size=${HEAP_LIMIT_MB}`]);
  return { ...measurement, fitsHeapLimit: limited.status === 0 };
}

/** Wall-clock and CPU time of one side of a round. */
interface Timing {
  readonly seconds: number;
  /** User and system CPU of the whole process (all its threads), in seconds. */
  readonly cpuSeconds: number;
}

async function timed<Result>(work: () => Promise<Result>): Promise<{ result: Result; timing: Timing }> {
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const result = await work();
  const cpu = process.cpuUsage(cpuBefore);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { result, timing: { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 } };
}

/**
 * In the measuring child: one warm-up round of each side, not measured (at 100,000 events the first
 * rebuild is mostly the JIT compiling its code), then alternating raw and rebuild rounds, then one JSON
 * line with the figures.
 */
export async function measureRounds(sides: RebuildSides): Promise<void> {
  const rounds: { raw: Timing; rebuild: Timing }[] = [];
  const memory: PeakMemory = { rss: 0, heap: 0 };
  await sides.raw();
  await sides.rebuild(memory);
  let events = 0;
  for (let round = 1; round <= ROUNDS; round += 1) {
    const raw = await timed(() => sides.raw());
    const rebuild = await timed(() => sides.rebuild(memory));
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

/**
 * Rebuilds the read models from position 0 with the service's runner, sampling memory meanwhile, then
 * closes both stores. The read models must have been reset (`startRebuild`) by the caller.
 */
export async function rebuildFromStart(
  store: EventStore,
  readModels: ReadModelStore,
  memory: PeakMemory,
): Promise<void> {
  const head = await store.headPosition();
  const runner = new ProjectionRunner(store, readModels);
  const sampler = setInterval(() => {
    const usage = process.memoryUsage();
    memory.rss = Math.max(memory.rss, usage.rss / MB);
    memory.heap = Math.max(memory.heap, usage.heapUsed / MB);
  }, MEMORY_SAMPLE_MS);
  runner.start();
  const reached = await runner.waitFor(head, REBUILD_TIMEOUT_MS);
  clearInterval(sampler);
  await runner.stop();
  await readModels.close();
  await store.close();
  if (!reached) {
    throw new Error(`The rebuild did not reach position ${head}: ${JSON.stringify(runner.failure)}`);
  }
}
