/**
 * Runs the benchmarks: every `test/bench/*.bench.ts` that exports `run()`, in name order, one after the
 * other (never in parallel, so they do not compete for the two cores). `npm run bench -- sqlite` runs only
 * the files whose name contains `sqlite`. Benchmarks are kept out of the test suite because their
 * figures depend on the machine; they print their method and figures instead of asserting them.
 */
import { cpus, totalmem } from 'node:os';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

interface BenchmarkModule {
  run(): Promise<void>;
}

/** Median of a non-empty list of figures. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Events per second, rounded, with thousands separators for reading. */
export function formatRate(eventsPerSecond: number): string {
  return `${Math.round(eventsPerSecond).toLocaleString('en-US')}/s`;
}

export function writeLine(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** The figures the docs ask for with every benchmark result. */
export function describeMachine(): string {
  const cpuList = cpus();
  const memoryGiB = (totalmem() / 1024 ** 3).toFixed(1);
  return `${cpuList.length} cores (${cpuList[0]?.model ?? 'unknown CPU'}), ${memoryGiB} GiB memory, Node ${process.version}`;
}

async function main(): Promise<void> {
  const filter = process.argv[2] ?? '';
  const directory = __dirname;
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.bench.ts') && name.includes(filter))
    .sort();
  if (files.length === 0) {
    process.stderr.write(`No benchmark in test/bench matches "${filter}"\n`);
    process.exitCode = 2;
    return;
  }
  writeLine(`Machine: ${describeMachine()}`);
  for (const file of files) {
    writeLine();
    writeLine(`=== ${file} ===`);
    const benchmark = (await import(join(directory, file))) as BenchmarkModule;
    await benchmark.run();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
