/**
 * Accountability report generation for one fund with 100,000 events (and, for scale, 10,000), in all
 * four formats:
 *
 * - the fund: funds generated through the domain's decider (2,000 events each), merged in time order
 *   into one fund's stream (ids made unique, the jury shared): 100,000 events over two years, some fifty
 *   times busier than a real city fund; stored with the SQLite store and cached under the OS temp directory;
 * - load: what `report accountability` reads (the fund's stream, and the whole log for the ledger digest);
 * - build: the pure builder folding the stream into the report model;
 * - render: JSON, CSV, HTML and PDF from that one model, each timed.
 *
 * The figure that counts is load + build + the four renders; the target is under 3 seconds. The report
 * period is the two years of the history, so every event is in it.
 *
 * Run: `npm run bench -- reports` (sizes from BENCH_REPORT_SIZES, default "10000,100000").
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store';
import {
  buildAccountabilityReport,
  loadReportInput,
  renderReport,
  REPORT_FORMATS,
  reportPeriod,
  type ReportFormat,
} from '../../libs/reporting/src';
import { busyFundEvents, storeBatches } from '../../libs/reporting/src/testing/bench-histories';
import { median, writeLine } from './run';

const DEFAULT_SIZES = [10_000, 100_000];
const EVENTS_PER_COPY = 2_000;
const FUND_ID = 'busy-city-fund';
const PERIOD = reportPeriod('2024-01-01', '2025-12-31');
const APPEND_BATCH = 10_000;
const ROUNDS = 3;
const TARGET_SECONDS = 3;

type Timings = Record<'load' | 'build' | ReportFormat, number>;

export async function run(): Promise<void> {
  const sizes = (process.env['BENCH_REPORT_SIZES'] ?? DEFAULT_SIZES.join(',')).split(',').map(Number);
  for (const size of sizes) await measureSize(size);
}

async function measureSize(size: number): Promise<void> {
  const path = await ensureHistory(size);
  const rounds: Timings[] = [];
  for (let round = 1; round <= ROUNDS; round += 1) {
    const timings = await measureRound(path, round === 1);
    rounds.push(timings);
    writeLine(`  round ${round}: ${describe(timings)}, total ${seconds(totalOf(timings))}`);
  }
  const medianOf = (key: keyof Timings) => median(rounds.map((timings) => timings[key]));
  const medians = Object.fromEntries(
    (['load', 'build', ...REPORT_FORMATS] as const).map((key) => [key, medianOf(key)]),
  ) as Timings;
  const total = median(rounds.map(totalOf));
  writeLine(`medians: ${describe(medians)}`);
  writeLine(
    `${size.toLocaleString('en-US')} events, load + build + json + csv + html + pdf: median ${seconds(total)} ` +
      `(target < ${TARGET_SECONDS} s: ${total < TARGET_SECONDS ? 'met' : 'NOT met'})`,
  );
}

function totalOf(timings: Timings): number {
  return Object.values(timings).reduce((sum, value) => sum + value, 0);
}

function seconds(value: number): string {
  return `${value.toFixed(2)} s`;
}

function describe(timings: Timings): string {
  return Object.entries(timings)
    .map(([step, value]) => `${step} ${seconds(value)}`)
    .join(', ');
}

async function measureRound(path: string, printSize: boolean): Promise<Timings> {
  const store = openSqliteEventStore({ path });
  try {
    const timings: Partial<Timings> = {};
    let started = process.hrtime.bigint();
    const elapsed = () => {
      const now = process.hrtime.bigint();
      const value = Number(now - started) / 1e9;
      started = now;
      return value;
    };
    const input = await loadReportInput(store, { fundId: FUND_ID, period: PERIOD });
    timings.load = elapsed();
    const report = buildAccountabilityReport(input);
    timings.build = elapsed();
    for (const format of REPORT_FORMATS) {
      const bytes = await renderReport(report, format, { language: 'de' });
      timings[format] = elapsed();
      if (printSize) writeLine(`  ${format}: ${(bytes.length / 1024 / 1024).toFixed(1)} MB`);
    }
    if (printSize) {
      writeLine(
        `  ${input.ledgerDigest.eventCount.toLocaleString('en-US')} events; ${report.decisions.length} decisions, ` +
          `${report.grants.issued.length} grants, ${report.payouts.entries.length} payouts in the report`,
      );
    }
    return timings as Timings;
  } finally {
    await store.close();
  }
}

/** Identifies what the generator produces now, so a history cached by older code is not reused. */
function historyFingerprint(): string {
  const probe = busyFundEvents('probe', 1, 300);
  return createHash('sha256').update(JSON.stringify(probe)).digest('hex').slice(0, 12);
}

async function ensureHistory(size: number): Promise<string> {
  const directory = join(tmpdir(), 'fund-ledger-bench');
  mkdirSync(directory, { recursive: true });
  const path = join(directory, `reports-${size}-${historyFingerprint()}.sqlite`);
  if (existsSync(path)) {
    writeLine(`Using the cached fund of ${size.toLocaleString('en-US')} events at ${path}`);
    return path;
  }
  const partial = `${path}.partial`;
  rmSync(partial, { force: true });
  writeLine(`Generating a fund of ${size.toLocaleString('en-US')} events into ${path} ...`);
  const copies = Math.ceil(size / EVENTS_PER_COPY);
  const events = busyFundEvents(FUND_ID, copies, Math.ceil((size * 1.02) / copies)).slice(0, size);
  const store = openSqliteEventStore({ path: partial });
  try {
    for (const batch of storeBatches(events, APPEND_BATCH))
      await store.append(batch.streamId, batch.events, 'any');
  } finally {
    await store.close();
  }
  renameSync(partial, path);
  return path;
}
