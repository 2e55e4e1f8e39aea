/**
 * The crash scenario: the service and a projector run on a fresh store under a steady command load;
 * at random moments (drawn from a seeded sequence) both are killed with SIGKILL and started again, while
 * the clients keep retrying. In the long form the PostgreSQL server itself is also restarted during the
 * load. Afterwards the scenario checks the store (every acknowledged command present, chains verify,
 * nothing recorded twice, no grant overspent) and the read models (the projector's, and the service's
 * own when it keeps any, each equal to a rebuild from position 0).
 */
import { join } from 'node:path';
import { TEST_DATABASE_URL } from '@fund-ledger/event-store/postgres/testing/postgres-test-database';
import { createReadModelStore, type ReadModelStore } from '@fund-ledger/projections';
import { CommandLoop, type CommandLoopFigures } from './command-loop';
import { setUpFund, type FundLayout } from './fund-scenario';
import { checkLedger } from './ledger-checks';
import { LedgerClient } from './ledger-client';
import { seededRandom } from './seeded-random';
import { restartClusterServing } from './postgres-cluster';
import { PROJECTOR_READY_LINE } from './projector-main';
import { rebuildReadModels, readModelDifferences, waitForCheckpoint } from './projection-checks';
import { compiledProcessEnvironment, type CompiledService } from './service-build';
import { delay, ServiceProcess } from './service-process';
import { createStoreTarget, type StoreKind, type StoreTarget } from './store-target';

const CATCH_UP_TIMEOUT_MS = 60_000;
/** How long the running service may take to acknowledge commands again once PostgreSQL is back. */
export const POSTGRES_RECOVERY_TIMEOUT_MS = 30_000;

export interface CrashScenarioOptions {
  readonly kind: StoreKind;
  readonly compiled: CompiledService;
  /** How many times the service and the projector are killed with SIGKILL. */
  readonly kills: number;
  /** Time under load before each kill, drawn uniformly from this range. */
  readonly upTimeMs: { readonly min: number; readonly max: number };
  /** After which kills (1-based) the PostgreSQL server is also restarted, under load. */
  readonly postgresRestartsAfterKills?: readonly number[];
  readonly fundCount: number;
  readonly clientCount: number;
  readonly seed: number;
  readonly log?: (line: string) => void;
  /** When set, the service (logging every request) and the projector write all their output here. */
  readonly logDirectory?: string;
}

export interface CrashScenarioReport {
  readonly kind: StoreKind;
  readonly kills: number;
  readonly postgresRestarts: number;
  readonly durationSeconds: number;
  /**
   * For each PostgreSQL restart: seconds from the server being back to the next acknowledged command;
   * Infinity when none came within POSTGRES_RECOVERY_TIMEOUT_MS.
   */
  readonly recoverySeconds: readonly number[];
  readonly eventCount: number;
  readonly client: CommandLoopFigures;
  /** Whether the service kept read models of its own that could be compared with a rebuild. */
  readonly serviceReadModelsChecked: boolean;
  readonly problems: readonly string[];
}

interface Running {
  readonly target: StoreTarget;
  readonly service: ServiceProcess;
  readonly projector: ServiceProcess;
  readonly layouts: readonly FundLayout[];
  readonly loop: CommandLoop;
}

export async function runCrashScenario(options: CrashScenarioOptions): Promise<CrashScenarioReport> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const target = createStoreTarget(options.kind, 'crash');
  const service = new ServiceProcess({
    main: options.compiled.serviceMain,
    env: { ...target.serviceEnv, ...(options.logDirectory === undefined ? {} : { LOG_LEVEL: 'info' }) },
    name: `service on ${options.kind}`,
    logFile: logFileIn(options.logDirectory, `crash-service-${options.kind}.log`),
  });
  const projector = new ServiceProcess({
    main: options.compiled.compiled('test/crash/support/projector-main.ts'),
    name: `projector on ${options.kind}`,
    readyLine: PROJECTOR_READY_LINE,
    logFile: logFileIn(options.logDirectory, `crash-projector-${options.kind}.log`),
    env: {
      ...compiledProcessEnvironment(),
      PROJECTOR_EVENT_STORE: JSON.stringify(target.eventStoreConfig),
      PROJECTOR_READ_MODELS: JSON.stringify(target.scratchReadModels('projector')),
    },
  });
  try {
    await Promise.all([service.start(), projector.start()]);
    const running = await startLoad(options, target, service, projector);
    const recoverySeconds = await crashRepeatedly(options, running, log);
    await running.loop.stop();
    const checks = await checkEverything(running);
    const postgresRestarts = recoverySeconds.length;
    return {
      kind: options.kind,
      kills: options.kills,
      postgresRestarts,
      recoverySeconds,
      durationSeconds: (Date.now() - started) / 1000,
      eventCount: checks.eventCount,
      client: running.loop.figures(),
      serviceReadModelsChecked: checks.serviceReadModelsChecked,
      problems: [
        ...checks.problems,
        ...clientProblems(running.loop.figures(), postgresRestarts),
        ...service.unexpectedExits,
        ...projector.unexpectedExits,
        ...recoverySeconds
          .filter((seconds) => !Number.isFinite(seconds))
          .map(
            () =>
              `The service took no command within ${POSTGRES_RECOVERY_TIMEOUT_MS} ms after PostgreSQL came back`,
          ),
      ],
    };
  } finally {
    await Promise.all([service.stop(), projector.stop()]);
    await target.remove();
  }
}

function logFileIn(directory: string | undefined, name: string): string | undefined {
  return directory === undefined ? undefined : join(directory, name);
}

/** Answers the clients must never get: anything unexpected, and a 5xx unless the database was restarted. */
function clientProblems(figures: CommandLoopFigures, postgresRestarts: number): string[] {
  const serverErrors =
    postgresRestarts === 0 && figures.serverErrors > 0
      ? [`${figures.serverErrors} requests were answered with a 5xx although the database stayed up`]
      : [];
  return [...figures.unexpected, ...serverErrors];
}

async function startLoad(
  options: CrashScenarioOptions,
  target: StoreTarget,
  service: ServiceProcess,
  projector: ServiceProcess,
): Promise<Running> {
  const client = new LedgerClient(() => service.baseUrl);
  const layouts: FundLayout[] = [];
  for (let index = 1; index <= options.fundCount; index += 1) {
    layouts.push(
      await setUpFund(client, `crash-fund-${index}`, {
        memberCount: 5,
        payableGrantCount: 2,
        votingApplicationCount: 6,
      }),
    );
  }
  const loop = new CommandLoop(client, layouts, seededRandom(options.seed), 'crash');
  loop.start(options.clientCount);
  return { target, service, projector, layouts, loop };
}

/** Kills and restarts as configured; returns, for each PostgreSQL restart, how long the service took to recover. */
async function crashRepeatedly(
  options: CrashScenarioOptions,
  running: Running,
  log: (line: string) => void,
): Promise<number[]> {
  const random = seededRandom(options.seed + 1);
  const restartsAfter = new Set(options.postgresRestartsAfterKills ?? []);
  const recoverySeconds: number[] = [];
  for (let kill = 1; kill <= options.kills; kill += 1) {
    const upTimeMs =
      options.upTimeMs.min + Math.floor(random() * (options.upTimeMs.max - options.upTimeMs.min));
    await delay(upTimeMs);
    await Promise.all([running.service.kill(), running.projector.kill()]);
    await Promise.all([running.service.start(), running.projector.start()]);
    log(
      `kill ${kill}/${options.kills} after ${upTimeMs} ms under load; ${running.loop.figures().acknowledged} commands acknowledged so far`,
    );
    if (restartsAfter.has(kill)) {
      await restartClusterServing(TEST_DATABASE_URL);
      const seconds = await secondsUntilProgress(running.loop, POSTGRES_RECOVERY_TIMEOUT_MS);
      recoverySeconds.push(seconds);
      log(
        `PostgreSQL restarted under load after kill ${kill}; the running service acknowledged a command again after ${seconds.toFixed(1)} s`,
      );
    }
  }
  await delay(options.upTimeMs.max);
  return recoverySeconds;
}

/** Seconds until the clients get their next acknowledgement; Infinity when none comes within the timeout. */
async function secondsUntilProgress(loop: CommandLoop, timeoutMs: number): Promise<number> {
  const started = Date.now();
  const before = loop.figures().acknowledged;
  while (Date.now() - started < timeoutMs) {
    if (loop.figures().acknowledged > before) return (Date.now() - started) / 1000;
    await delay(50);
  }
  return Number.POSITIVE_INFINITY;
}

interface Checks {
  readonly eventCount: number;
  readonly serviceReadModelsChecked: boolean;
  readonly problems: readonly string[];
}

async function checkEverything(running: Running): Promise<Checks> {
  const { target, layouts, loop } = running;
  const eventStore = await target.openEventStore();
  const stores: ReadModelStore[] = [];
  try {
    const ledger = await checkLedger(eventStore, loop.acknowledged);
    const head = await eventStore.headPosition();
    const fundIds = layouts.map((layout) => layout.fundId);
    const rebuilt = await rebuildReadModels(
      eventStore,
      target.scratchReadModels('rebuild'),
      head,
      CATCH_UP_TIMEOUT_MS,
    );
    const projector = await createReadModelStore(target.scratchReadModels('projector'));
    const serviceReadModels = await createReadModelStore(target.serviceReadModels);
    stores.push(rebuilt, projector, serviceReadModels);
    const problems = [...ledger.problems];
    if (await waitForCheckpoint(projector, head, CATCH_UP_TIMEOUT_MS)) {
      problems.push(...(await readModelDifferences('projector', projector, rebuilt, fundIds)));
    } else {
      problems.push(`The projector did not reach position ${head} after its last restart`);
    }
    const serviceReadModelsChecked = (await serviceReadModels.readCheckpoint()).generation > 0;
    if (serviceReadModelsChecked) {
      const caughtUp = await waitForCheckpoint(serviceReadModels, head, CATCH_UP_TIMEOUT_MS);
      problems.push(
        ...(caughtUp
          ? await readModelDifferences('service', serviceReadModels, rebuilt, fundIds)
          : [`The service's read models did not reach position ${head}`]),
      );
    }
    return { eventCount: ledger.eventCount, serviceReadModelsChecked, problems };
  } finally {
    for (const store of stores) await store.close();
    await eventStore.close();
  }
}
