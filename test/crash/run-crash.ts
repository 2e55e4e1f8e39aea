/**
 * `npm run test:crash`: the long form of the fault runs, printed as a report.
 *
 * - Crash safety on SQLite and on PostgreSQL: the service and a projector under load, killed with
 *   SIGKILL CRASH_KILLS times each (default 25) at random moments; on PostgreSQL the database server
 *   itself is also restarted twice under load. Then: every acknowledged command present, chains verify,
 *   nothing recorded twice, no grant overspent, read models equal to a rebuild from position 0.
 * - Two service processes on one SQLite file and two on one PostgreSQL schema, hammering the same
 *   funds for CONCURRENCY_SECONDS (default 20): no overspend, no double vote, every acknowledged event
 *   present, and both processes show the same balances.
 *
 * `npm run test:crash -- sqlite` or `-- postgres` runs one store. CRASH_SEED changes the random moments.
 * The PostgreSQL restarts hit the local cluster that listens on the port of DATABASE_URL (found with
 * `pg_lsclusters`) and disturb every other user of it: point DATABASE_URL at a cluster of its own.
 * CRASH_LOG_DIR keeps the service's log (one line per request) and the projector's output of the
 * crash runs there. Exit code 1 when any check fails.
 */
import { cpus, totalmem } from 'node:os';
import {
  isPostgresReachable,
  TEST_DATABASE_URL,
} from '@fund-ledger/event-store/postgres/testing/postgres-test-database';
import { runConcurrencyScenario, type ConcurrencyScenarioReport } from './support/concurrency-scenario';
import {
  POSTGRES_RECOVERY_TIMEOUT_MS,
  runCrashScenario,
  type CrashScenarioReport,
} from './support/crash-scenario';
import { compileService, type CompiledService } from './support/service-build';
import type { StoreKind } from './support/store-target';

const POSTGRES_RESTARTS_AFTER_KILLS = [8, 17];

function write(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function readCount(name: string, fallback: number, minimum: number, maximum: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum || value > maximum) {
    throw new Error(`${name} must be an integer from ${minimum} to ${maximum}, not "${text}"`);
  }
  return value;
}

function storesToRun(): StoreKind[] {
  const requested = process.argv
    .slice(2)
    .filter((argument): argument is StoreKind => argument === 'sqlite' || argument === 'postgres');
  const stores: StoreKind[] = requested.length > 0 ? requested : ['sqlite', 'postgres'];
  if (!stores.includes('postgres') || isPostgresReachable()) return stores;
  const reason = `PostgreSQL is not reachable at ${TEST_DATABASE_URL} (set DATABASE_URL)`;
  if (process.env.CI === 'true') throw new Error(reason);
  write(`NOTICE: ${reason}: its fault runs are left out`);
  return stores.filter((store) => store !== 'postgres');
}

function reportCrash(report: CrashScenarioReport): void {
  const { client } = report;
  write();
  write(
    `== crash safety on ${report.kind}: ${report.kills} SIGKILLs, ${report.postgresRestarts} PostgreSQL restarts, ${report.durationSeconds.toFixed(0)} s`,
  );
  write(
    `commands ${client.commands} (requests ${client.sent}), acknowledged ${client.acknowledged}; sent again after no answer or a 5xx ${client.retried}, of which the first answer was replayed ${client.replayedAfterRetry} and the repeat recognised by the domain ${client.recognisedAfterRetry}; 5xx answers ${client.serverErrors}`,
  );
  write(`409 answers: ${formatCounts(client.conflicts)}`);
  if (report.recoverySeconds.length > 0) {
    write(
      `after each PostgreSQL restart, the running service acknowledged commands again within: ${report.recoverySeconds.map(formatRecovery).join(', ')}`,
    );
  }
  write(
    `events in the store ${report.eventCount}; projector read models compared with a rebuild: yes; service read models compared: ${report.serviceReadModelsChecked ? 'yes' : 'no (the service keeps none)'}`,
  );
  reportProblems(report.problems);
}

function reportConcurrency(report: ConcurrencyScenarioReport): void {
  write();
  write(
    `== two processes on one ${report.kind} store: ${report.durationSeconds.toFixed(0)} s of load on ${report.fundCount} funds`,
  );
  write(
    `acknowledged per process: ${report.acknowledgedPerProcess.join(' and ')}; payouts acknowledged ${report.payoutsAcknowledged}, votes acknowledged ${report.votesAcknowledged}`,
  );
  write(`refusals (lost races, repeated votes, exhausted grants): ${formatCounts(report.conflicts)}`);
  write(`balances equal on both processes: ${report.balancesEqual ? 'yes' : 'NO'}`);
  reportProblems(report.problems);
}

function formatRecovery(seconds: number): string {
  return Number.isFinite(seconds)
    ? `${seconds.toFixed(1)} s`
    : `no command within ${POSTGRES_RECOVERY_TIMEOUT_MS / 1000} s`;
}

function formatCounts(counts: Readonly<Record<string, number>>): string {
  const entries = Object.entries(counts);
  return entries.length === 0 ? 'none' : entries.map(([reason, count]) => `${reason} ${count}`).join(', ');
}

function reportProblems(problems: readonly string[]): void {
  write(problems.length === 0 ? 'all checks passed' : `FAILED checks (${problems.length}):`);
  for (const problem of problems.slice(0, 20)) write(`  ${problem}`);
}

async function runAll(compiled: CompiledService, stores: readonly StoreKind[]): Promise<number> {
  const kills = readCount('CRASH_KILLS', 25, 1, 500);
  const seed = readCount('CRASH_SEED', 20240603, 0, 2 ** 31);
  const concurrencySeconds = readCount('CONCURRENCY_SECONDS', 20, 1, 600);
  let failures = 0;
  for (const kind of stores) {
    const crash = await runCrashScenario({
      kind,
      compiled,
      kills,
      upTimeMs: { min: 200, max: 2500 },
      postgresRestartsAfterKills: kind === 'postgres' ? POSTGRES_RESTARTS_AFTER_KILLS : [],
      fundCount: 3,
      clientCount: 6,
      seed,
      log: (line) => write(`  ${line}`),
      logDirectory: process.env.CRASH_LOG_DIR || undefined,
    });
    reportCrash(crash);
    const concurrency = await runConcurrencyScenario({
      kind,
      compiled,
      durationMs: concurrencySeconds * 1000,
      fundCount: 3,
      clientsPerProcess: 6,
      seed,
    });
    reportConcurrency(concurrency);
    failures += crash.problems.length + concurrency.problems.length;
  }
  return failures;
}

async function main(): Promise<void> {
  const stores = storesToRun();
  write(
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 1024 ** 3).toFixed(1)} GiB memory, Node ${process.version}`,
  );
  const compiled = await compileService();
  try {
    const failures = await runAll(compiled, stores);
    write();
    write(failures === 0 ? 'All fault runs passed.' : `FAILED: ${failures} failed checks`);
    if (failures > 0) process.exitCode = 1;
  } finally {
    compiled.remove();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
