/**
 * `npm run load -- adapters`: the same service on Express (as it runs in production) and on Fastify
 * (`test/load/adapters/fastify-main.ts`), under the ledger mix of `npm run load` and under the trivial
 * `GET /health`, in one run (ADR 0012).
 *
 * Both variants are compiled from the sources with the same transform and started side by side, each
 * on a fresh store of the same kind with the same funds. The run then measures them in alternating
 * rounds (Express first in odd rounds, Fastify first in even ones), so that the noise of a shared
 * machine falls on both alike: each round runs the ledger mix and then `GET /health` for
 * LOAD_DURATION_SECONDS (default 15) against one variant while the other idles. It prints every round,
 * the median throughput and median latency per variant and phase, and the ratios Fastify/Express of
 * the medians, and the median of the ratios within each round (the pairs measured closest in time).
 * LOAD_ROUNDS (default 3) sets the rounds. Any answer other than 2xx or an intended 409
 * fails the run.
 */
import { runLoadPhase, type PlannedRequest } from './autocannon-run';
import { formatMs, summarizeLatencies } from './latency';
import {
  chooseBalancePath,
  readSetting,
  setUpFunds,
  WARM_UP_SECONDS,
  workloadTokens,
  write,
  type LoadSettings,
} from './load-service';
import { MixedWorkload } from './mixed-workload';
import { LedgerClient } from '../crash/support/ledger-client';
import { compileService, type CompiledService } from '../crash/support/service-build';
import { ServiceProcess } from '../crash/support/service-process';
import { createStoreTarget, type StoreKind, type StoreTarget } from '../crash/support/store-target';

const ADAPTERS = ['express', 'fastify'] as const;
type Adapter = (typeof ADAPTERS)[number];
const FASTIFY_MAIN = 'test/load/adapters/fastify-main.ts';
const PHASES = ['ledger mix', 'GET /health'] as const;
type Phase = (typeof PHASES)[number];

interface PhaseSample {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
}

interface RunningVariant {
  readonly adapter: Adapter;
  readonly service: ServiceProcess;
  readonly target: StoreTarget;
  readonly workload: MixedWorkload;
  readonly samples: Record<Phase, PhaseSample[]>;
  failures: number;
}

const HEALTH_REQUEST: PlannedRequest = { operation: 'health', method: 'GET', path: '/health', headers: {} };

/** Runs the comparison on each store; false when any request failed. */
export async function compareAdapters(
  stores: readonly StoreKind[],
  settings: LoadSettings,
): Promise<boolean> {
  const rounds = readSetting('LOAD_ROUNDS', 3, 1, 9);
  write(
    `Adapters compared: ${rounds} alternating rounds, ${settings.connections} connections, ${settings.durationSeconds} s per phase, ${settings.fundCount} funds`,
  );
  const compiled = await compileService(['test/load/adapters']);
  let passed = true;
  try {
    for (const store of stores) passed = (await compareOnStore(store, compiled, settings, rounds)) && passed;
  } finally {
    compiled.remove();
  }
  return passed;
}

async function compareOnStore(
  store: StoreKind,
  compiled: CompiledService,
  settings: LoadSettings,
  rounds: number,
): Promise<boolean> {
  const variants: RunningVariant[] = [];
  try {
    for (const adapter of ADAPTERS) variants.push(await startVariant(adapter, store, compiled, settings));
    for (let round = 1; round <= rounds; round += 1) {
      const order = round % 2 === 1 ? variants : [...variants].reverse();
      for (const variant of order) await measureRound(variant, round, settings);
    }
    reportStore(store, variants);
    return variants.every((variant) => variant.failures === 0);
  } finally {
    for (const variant of variants) {
      await variant.service.stop();
      await variant.target.remove();
    }
  }
}

async function startVariant(
  adapter: Adapter,
  store: StoreKind,
  compiled: CompiledService,
  settings: LoadSettings,
): Promise<RunningVariant> {
  const target = createStoreTarget(store, `adapter-${adapter}`);
  const service = new ServiceProcess({
    main: adapter === 'express' ? compiled.serviceMain : compiled.compiled(FASTIFY_MAIN),
    name: `${adapter} on ${store}`,
    env: { ...target.serviceEnv, NODE_ENV: 'production' },
  });
  await service.start();
  const client = new LedgerClient(() => service.baseUrl);
  const layouts = await setUpFunds(client, settings.fundCount);
  const balancePath = await chooseBalancePath(client, layouts[0].fundId);
  const workload = new MixedWorkload(layouts, await workloadTokens(), balancePath);
  const variant: RunningVariant = {
    adapter,
    service,
    target,
    workload,
    samples: { 'ledger mix': [], 'GET /health': [] },
    failures: 0,
  };
  await runPhase(variant, 'ledger mix', WARM_UP_SECONDS, settings.connections);
  workload.startMeasuring();
  return variant;
}

async function measureRound(variant: RunningVariant, round: number, settings: LoadSettings): Promise<void> {
  for (const phase of PHASES) {
    const sample = await runPhase(variant, phase, settings.durationSeconds, settings.connections);
    variant.samples[phase].push(sample);
    write(
      `round ${round} ${variant.adapter.padEnd(7)} ${phase.padEnd(11)} ${sample.requestsPerSecond.toFixed(0).padStart(6)} req/s, p50 ${formatMs(sample.p50Ms)} ms`,
    );
  }
}

async function runPhase(
  variant: RunningVariant,
  phase: Phase,
  durationSeconds: number,
  connections: number,
): Promise<PhaseSample> {
  const latencies: number[] = [];
  const ledger = phase === 'ledger mix';
  const result = await runLoadPhase({
    baseUrl: variant.service.baseUrl,
    connections,
    durationSeconds,
    nextRequest: ledger ? () => variant.workload.next() : () => HEALTH_REQUEST,
    onAnswer: (operation, status, body, latencyMs) => {
      latencies.push(latencyMs);
      if (ledger) variant.workload.record(operation, status, body, latencyMs);
      else if (status !== 200) variant.failures += 1;
    },
  });
  variant.failures += result.transportErrors;
  return { requestsPerSecond: result.requestsPerSecond, p50Ms: summarizeLatencies(latencies).p50Ms };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function reportStore(store: StoreKind, variants: readonly RunningVariant[]): void {
  const [express, fastify] = variants;
  write();
  write(`== ${store}: medians of the rounds`);
  write(
    '| phase | Express req/s | Fastify req/s | Fastify/Express req/s | Express p50 ms | Fastify p50 ms | Fastify/Express p50 |',
  );
  write('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const phase of PHASES) {
    const rate = (variant: RunningVariant) =>
      median(variant.samples[phase].map((sample) => sample.requestsPerSecond));
    const p50 = (variant: RunningVariant) => median(variant.samples[phase].map((sample) => sample.p50Ms));
    write(
      `| ${phase} | ${rate(express).toFixed(0)} | ${rate(fastify).toFixed(0)} | ${(rate(fastify) / rate(express)).toFixed(3)} | ${formatMs(p50(express))} | ${formatMs(p50(fastify))} | ${(p50(fastify) / p50(express)).toFixed(3)} |`,
    );
  }
  for (const phase of PHASES) {
    const ratios = express.samples[phase].map(
      (sample, round) => fastify.samples[phase][round].requestsPerSecond / sample.requestsPerSecond,
    );
    write(
      `${phase}: Fastify/Express req/s per round ${ratios.map((ratio) => ratio.toFixed(2)).join(', ')}; median ${median(ratios).toFixed(3)}`,
    );
  }
  for (const variant of variants) {
    const figures = variant.workload.figures();
    const conflicts = Object.entries(figures.conflicts).map(([reason, count]) => `${reason}: ${count}`);
    write(
      `${variant.adapter}: intended 409s ${conflicts.length === 0 ? 'none' : conflicts.join(', ')}; unexpected answers ${figures.unexpectedCount}; failed health or transport ${variant.failures}`,
    );
    for (const sample of figures.unexpected) write(`  ${sample}`);
    variant.failures += figures.unexpectedCount;
  }
}
