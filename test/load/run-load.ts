/**
 * `npm run load`: the built service under a bounded mixed load, on SQLite and then on PostgreSQL.
 *
 * For each store it starts `dist/apps/ledger-api/src/main.js` (building it first when it is missing or
 * older than the sources) as a child process on a free loopback port with a fresh store, sets up many
 * funds through the API, then runs two autocannon phases of the same length against that process:
 * the mixed ledger workload (contributions, applications, votes, payouts, balance queries) and the
 * trivial liveness endpoint `GET /health` of the same Nest application. It prints throughput and
 * p50/p95/p99 latency of both, the ratio ledger/trivial, and the events appended. Any answer other than
 * 2xx or an intended 409 fails the run (exit code 1).
 *
 * `npm run load -- sqlite` or `-- postgres` runs one store. LOAD_DURATION_SECONDS (default 15),
 * LOAD_CONNECTIONS (default 16) and LOAD_FUNDS (default 40) change the run within fixed bounds.
 *
 * `npm run load -- adapters` compares the HTTP adapters instead (see `adapter-comparison.ts`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compareAdapters } from './adapter-comparison';
import { runLoadPhase } from './autocannon-run';
import { formatMs, summarizeLatencies, type LatencySummary } from './latency';
import {
  chooseBalancePath,
  latencyText,
  machineLine,
  readLoadSettings,
  setUpFunds,
  storesToRun,
  WARM_UP_SECONDS,
  workloadTokens,
  write,
  type LoadSettings,
} from './load-service';
import { MixedWorkload, OPERATION_WEIGHTS, type WorkloadFigures } from './mixed-workload';
import { LedgerClient } from '../crash/support/ledger-client';
import { REPOSITORY_ROOT } from '../crash/support/service-build';
import { ServiceProcess } from '../crash/support/service-process';
import { createStoreTarget, type StoreKind, type StoreTarget } from '../crash/support/store-target';

const DIST_MAIN = join(REPOSITORY_ROOT, 'dist/apps/ledger-api/src/main.js');
const SOURCE_FOLDERS = ['apps/ledger-api/src', 'libs'];
interface PhaseFigures {
  readonly requests: number;
  readonly durationSeconds: number;
  readonly requestsPerSecond: number;
  readonly latency: LatencySummary;
  readonly transportErrors: number;
}

interface StoreFigures {
  readonly store: StoreKind;
  readonly setupSeconds: number;
  readonly ledger: PhaseFigures;
  readonly trivial: PhaseFigures;
  readonly workload: WorkloadFigures;
  readonly eventsAppended: number;
  readonly balancePath: string;
}

/**
 * The run measures the built service: a missing build is made first; a build older than the sources is
 * measured as it is, with a warning, because rebuilding would also pick up unfinished work in progress.
 */
function ensureBuilt(): void {
  if (!existsSync(DIST_MAIN)) {
    write('No build found: running npm run build');
    const build = spawnSync('npm', ['run', 'build'], { cwd: REPOSITORY_ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
    return;
  }
  const newestSource = Math.max(
    ...SOURCE_FOLDERS.map((folder) => newestModification(join(REPOSITORY_ROOT, folder))),
  );
  if (statSync(DIST_MAIN).mtimeMs < newestSource) {
    write('WARNING: dist is older than the sources; run npm run build first to measure the current code');
  }
}

function newestModification(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory())
      return entry.name === 'node_modules' ? newest : Math.max(newest, newestModification(path));
    return entry.name.endsWith('.ts') ? Math.max(newest, statSync(path).mtimeMs) : newest;
  }, 0);
}

async function measureStore(kind: StoreKind, settings: LoadSettings): Promise<StoreFigures> {
  const target = createStoreTarget(kind, 'load');
  const service = new ServiceProcess({
    main: DIST_MAIN,
    name: `service on ${kind}`,
    env: { ...target.serviceEnv, NODE_ENV: 'production' },
  });
  try {
    await service.start();
    return await measureRunningService(kind, target, service, settings);
  } finally {
    await service.stop();
    await target.remove();
  }
}

async function measureRunningService(
  kind: StoreKind,
  target: StoreTarget,
  service: ServiceProcess,
  settings: LoadSettings,
): Promise<StoreFigures> {
  const client = new LedgerClient(() => service.baseUrl);
  const setupStarted = Date.now();
  const layouts = await setUpFunds(client, settings.fundCount);
  const setupSeconds = (Date.now() - setupStarted) / 1000;
  const balancePath = await chooseBalancePath(client, layouts[0].fundId);
  const tokens = await workloadTokens();
  const phase = { baseUrl: service.baseUrl, connections: settings.connections };

  const workload = new MixedWorkload(layouts, tokens, balancePath);
  const record = workload.record.bind(workload);
  const nextRequest = workload.next.bind(workload);
  await runLoadPhase({ ...phase, durationSeconds: WARM_UP_SECONDS, nextRequest, onAnswer: record });
  workload.startMeasuring();

  const eventStore = await target.openEventStore();
  const headBefore = await eventStore.headPosition();
  const ledgerRun = await runLoadPhase({
    ...phase,
    durationSeconds: settings.durationSeconds,
    nextRequest,
    onAnswer: record,
  });
  const eventsAppended = (await eventStore.headPosition()) - headBefore;
  await eventStore.close();

  const trivialLatencies: number[] = [];
  let trivialFailures = 0;
  const trivialRun = await runLoadPhase({
    ...phase,
    durationSeconds: settings.durationSeconds,
    nextRequest: () => ({ operation: 'health', method: 'GET', path: '/health', headers: {} }),
    onAnswer: (_operation, status, _body, latencyMs) => {
      trivialLatencies.push(latencyMs);
      if (status !== 200) trivialFailures += 1;
    },
  });
  const figures = workload.figures();
  return {
    store: kind,
    setupSeconds,
    ledger: { ...ledgerRun, latency: figures.all },
    trivial: {
      ...trivialRun,
      latency: summarizeLatencies(trivialLatencies),
      transportErrors: trivialRun.transportErrors + trivialFailures,
    },
    workload: figures,
    eventsAppended,
    balancePath: balancePath(':fundId'),
  };
}

function report(figures: StoreFigures, settings: LoadSettings): void {
  const { ledger, trivial, workload } = figures;
  write();
  write(
    `== ${figures.store}: ${settings.fundCount} funds set up in ${figures.setupSeconds.toFixed(1)} s; ${settings.connections} connections, ${settings.durationSeconds} s per phase`,
  );
  write(
    `ledger mix:  ${ledger.requests} requests, ${ledger.requestsPerSecond.toFixed(0)} req/s, ${latencyText(ledger.latency)}`,
  );
  write(
    `             ${figures.eventsAppended} events appended (${(figures.eventsAppended / ledger.durationSeconds).toFixed(0)} events/s); balances read from GET ${figures.balancePath}`,
  );
  for (const [operation, operationFigures] of Object.entries(workload.operations)) {
    const statuses = Object.entries(operationFigures.statuses)
      .map(([status, count]) => `${status}: ${count}`)
      .join(', ');
    write(`  ${operation.padEnd(13)} ${latencyText(operationFigures.latency)}  (${statuses})`);
  }
  write(
    `trivial GET /health: ${trivial.requests} requests, ${trivial.requestsPerSecond.toFixed(0)} req/s, ${latencyText(trivial.latency)}`,
  );
  write(
    `ratio ledger/trivial throughput: ${(ledger.requestsPerSecond / trivial.requestsPerSecond).toFixed(3)}`,
  );
  const conflicts = Object.entries(workload.conflicts).map(([reason, count]) => `${reason}: ${count}`);
  write(`intended 409s: ${conflicts.length === 0 ? 'none' : conflicts.join(', ')}`);
  write(
    `unexpected answers: ${workload.unexpectedCount}; requests without an answer: ${ledger.transportErrors + trivial.transportErrors}`,
  );
  for (const sample of workload.unexpected) write(`  ${sample}`);
}

function summaryTable(all: readonly StoreFigures[]): void {
  write();
  write('| store | phase | req/s | p50 ms | p95 ms | p99 ms | ratio ledger/trivial |');
  write('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const figures of all) {
    const ratio = (figures.ledger.requestsPerSecond / figures.trivial.requestsPerSecond).toFixed(3);
    for (const [phase, values] of [
      ['ledger mix', figures.ledger],
      ['GET /health', figures.trivial],
    ] as const) {
      const { latency } = values;
      write(
        `| ${figures.store} | ${phase} | ${values.requestsPerSecond.toFixed(0)} | ${formatMs(latency.p50Ms)} | ${formatMs(latency.p95Ms)} | ${formatMs(latency.p99Ms)} | ${phase === 'ledger mix' ? ratio : ''} |`,
      );
    }
  }
}

async function main(): Promise<void> {
  const settings = readLoadSettings();
  const stores = storesToRun();
  write(machineLine());
  write(
    `Workload weights: ${Object.entries(OPERATION_WEIGHTS)
      .map(([operation, weight]) => `${operation} ${weight}%`)
      .join(', ')}`,
  );
  if (process.argv.includes('adapters')) {
    if (!(await compareAdapters(stores, settings))) process.exitCode = 1;
    return;
  }
  ensureBuilt();
  const all: StoreFigures[] = [];
  for (const store of stores) {
    const figures = await measureStore(store, settings);
    report(figures, settings);
    all.push(figures);
  }
  summaryTable(all);
  const failed = all.some(
    (figures) =>
      figures.workload.unexpectedCount > 0 ||
      figures.ledger.transportErrors + figures.trivial.transportErrors > 0,
  );
  if (failed) {
    write('FAILED: some requests got an answer other than 2xx or an intended 409, or no answer at all');
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
