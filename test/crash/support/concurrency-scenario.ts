/**
 * Two service processes on one store (one SQLite file, or one PostgreSQL schema) hammering the same
 * funds: payouts large enough to exhaust the same grants through both processes at once, every vote
 * sent by the same member through both processes at the same moment, and contributions in between.
 * Afterwards: no grant paid more than it granted, no member counted twice, every acknowledged event in
 * the store, the chains verify, and both processes answer the same balances (and, when the service keeps
 * read models, those equal a rebuild from position 0).
 */
import { randomUUID } from 'node:crypto';
import { createReadModelStore } from '@fund-ledger/projections';
import { acknowledgement, problemReason } from './command-loop';
import { fundPath, payoutBody, privateContributionBody, setUpFund, type FundLayout } from './fund-scenario';
import { checkLedger, type AcknowledgedCommand } from './ledger-checks';
import { AUDITOR, juror, LedgerClient, TREASURER, type Caller, type LedgerResponse } from './ledger-client';
import { rebuildReadModels, readModelDifferences, waitForCheckpoint } from './projection-checks';
import type { CompiledService } from './service-build';
import { seededRandom } from './seeded-random';
import { delay, ServiceProcess } from './service-process';
import { createStoreTarget, type StoreKind, type StoreTarget } from './store-target';

const CONVERGENCE_TIMEOUT_MS = 30_000;
/**
 * Refusals that are the right answer when two processes race for the same money or the same vote: a lost
 * race for the fund's stream (409), a repeated vote (409), and a payout beyond what is left of the grant.
 */
function isExpectedRefusal(response: LedgerResponse): boolean {
  return (
    response.status === 409 ||
    (response.status === 422 && problemReason(response.body) === 'PAYOUT.EXCEEDS_GRANT')
  );
}

export interface ConcurrencyScenarioOptions {
  readonly kind: StoreKind;
  readonly compiled: CompiledService;
  readonly durationMs: number;
  readonly fundCount: number;
  readonly clientsPerProcess: number;
  readonly seed: number;
}

export interface ConcurrencyScenarioReport {
  readonly kind: StoreKind;
  readonly durationSeconds: number;
  readonly fundCount: number;
  readonly acknowledgedPerProcess: readonly number[];
  readonly payoutsAcknowledged: number;
  readonly votesAcknowledged: number;
  readonly conflicts: Readonly<Record<string, number>>;
  readonly balancesEqual: boolean;
  readonly problems: readonly string[];
}

interface Hammer {
  readonly clients: readonly LedgerClient[];
  readonly layouts: readonly FundLayout[];
  readonly random: () => number;
  readonly acknowledged: AcknowledgedCommand[][];
  readonly conflicts: Map<string, number>;
  readonly problems: string[];
  readonly votePairs: { fundId: string; applicationId: string; memberId: string }[];
  voteCursor: number;
  sequence: number;
  payouts: number;
  votes: number;
}

export async function runConcurrencyScenario(
  options: ConcurrencyScenarioOptions,
): Promise<ConcurrencyScenarioReport> {
  const started = Date.now();
  const target = createStoreTarget(options.kind, 'two_processes');
  const processes = ['a', 'b'].map(
    (name) =>
      new ServiceProcess({
        main: options.compiled.serviceMain,
        env: target.serviceEnv,
        name: `service ${name} on ${options.kind}`,
      }),
  );
  try {
    await Promise.all(processes.map((service) => service.start()));
    const clients = processes.map((service) => new LedgerClient(() => service.baseUrl));
    const hammer = await prepare(options, clients);
    const deadline = Date.now() + options.durationMs;
    await Promise.all(
      clients.flatMap((_client, processIndex) =>
        Array.from({ length: options.clientsPerProcess }, () => hammerUntil(hammer, processIndex, deadline)),
      ),
    );
    const balancesEqual = await balancesConverge(clients, hammer.layouts);
    const problems = [
      ...hammer.problems,
      ...(balancesEqual ? [] : ['The two processes answer different balances for the same fund']),
      ...(await checkStore(target, hammer)),
    ];
    return {
      kind: options.kind,
      durationSeconds: (Date.now() - started) / 1000,
      fundCount: options.fundCount,
      acknowledgedPerProcess: hammer.acknowledged.map((list) => list.length),
      payoutsAcknowledged: hammer.payouts,
      votesAcknowledged: hammer.votes,
      conflicts: Object.fromEntries(hammer.conflicts),
      balancesEqual,
      problems,
    };
  } finally {
    await Promise.all(processes.map((service) => service.stop()));
    await target.remove();
  }
}

async function prepare(
  options: ConcurrencyScenarioOptions,
  clients: readonly LedgerClient[],
): Promise<Hammer> {
  const layouts: FundLayout[] = [];
  for (let index = 1; index <= options.fundCount; index += 1) {
    layouts.push(
      await setUpFund(clients[index % clients.length], `shared-fund-${index}`, {
        memberCount: 5,
        payableGrantCount: 2,
        votingApplicationCount: 20,
      }),
    );
  }
  return {
    clients,
    layouts,
    random: seededRandom(options.seed),
    acknowledged: clients.map(() => []),
    conflicts: new Map(),
    problems: [],
    votePairs: layouts.flatMap((layout) =>
      layout.votingApplicationIds.flatMap((applicationId) =>
        layout.memberIds.map((memberId) => ({ fundId: layout.fundId, applicationId, memberId })),
      ),
    ),
    voteCursor: 0,
    sequence: 0,
    payouts: 0,
    votes: 0,
  };
}

async function hammerUntil(hammer: Hammer, processIndex: number, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const draw = hammer.random();
    if (draw < 0.5) await payout(hammer, processIndex);
    else if (draw < 0.8 && hammer.voteCursor < hammer.votePairs.length) await voteThroughBoth(hammer);
    else await contribution(hammer, processIndex);
  }
}

/** A payout of 250 to 1,000 EUR: a 10,000 EUR grant is exhausted after a few dozen, raced from both processes. */
async function payout(hammer: Hammer, processIndex: number): Promise<void> {
  const layout = pick(hammer, hammer.layouts);
  const grantId = pick(hammer, layout.grantIds);
  const amount = (250 + Math.floor(hammer.random() * 750)).toFixed(2);
  const body = payoutBody(`payout-${nextId(hammer)}`, amount);
  const response = await send(
    hammer,
    processIndex,
    'payout',
    TREASURER,
    fundPath(layout.fundId, `/grants/${grantId}/payouts`),
    body,
  );
  if (response?.status === 201) hammer.payouts += 1;
}

async function contribution(hammer: Hammer, processIndex: number): Promise<void> {
  const layout = pick(hammer, hammer.layouts);
  const body = privateContributionBody(`contribution-${nextId(hammer)}`, '100.00');
  await send(
    hammer,
    processIndex,
    'contribution',
    TREASURER,
    fundPath(layout.fundId, '/contributions/private'),
    body,
  );
}

/** The same member casts the same vote through both processes at the same moment: at most one may count. */
async function voteThroughBoth(hammer: Hammer): Promise<void> {
  const pair = hammer.votePairs[hammer.voteCursor];
  hammer.voteCursor += 1;
  const path = fundPath(pair.fundId, `/applications/${pair.applicationId}/votes`);
  const responses = await Promise.all(
    hammer.clients.map((_client, processIndex) =>
      send(hammer, processIndex, 'vote', juror(pair.memberId), path, { vote: 'yes' }),
    ),
  );
  const counted = responses.filter((response) => response?.status === 201).length;
  hammer.votes += counted;
  if (counted > 1)
    hammer.problems.push(
      `The vote of ${pair.memberId} on ${pair.applicationId} was accepted by both processes`,
    );
}

async function send(
  hammer: Hammer,
  processIndex: number,
  operation: string,
  caller: Caller,
  path: string,
  body: object,
): Promise<LedgerResponse | null> {
  const idempotencyKey = randomUUID();
  let response: LedgerResponse;
  try {
    response = await hammer.clients[processIndex].post(caller, path, body, { idempotencyKey });
  } catch (error) {
    hammer.problems.push(`${operation} through process ${processIndex + 1} got no answer: ${String(error)}`);
    return null;
  }
  if (response.status === 201) {
    hammer.acknowledged[processIndex].push(acknowledgement(operation, idempotencyKey, response));
  } else if (isExpectedRefusal(response)) {
    const reason = problemReason(response.body);
    hammer.conflicts.set(reason, (hammer.conflicts.get(reason) ?? 0) + 1);
  } else {
    hammer.problems.push(
      `${operation} through process ${processIndex + 1} answered ${response.status}: ${response.text.slice(0, 300)}`,
    );
  }
  return response;
}

/**
 * Both processes answer the same balances once caught up: the fund view folded from the stream, and the
 * read-model balances when the service offers them (polled, since read models catch up asynchronously).
 */
async function balancesConverge(
  clients: readonly LedgerClient[],
  layouts: readonly FundLayout[],
): Promise<boolean> {
  const deadline = Date.now() + CONVERGENCE_TIMEOUT_MS;
  for (;;) {
    const equal = await Promise.all(layouts.map((layout) => sameAnswers(clients, layout.fundId)));
    if (equal.every(Boolean)) return true;
    if (Date.now() >= deadline) return false;
    await delay(200);
  }
}

async function sameAnswers(clients: readonly LedgerClient[], fundId: string): Promise<boolean> {
  for (const path of [`/funds/${fundId}`, `/funds/${fundId}/balances`]) {
    const answers = await Promise.all(clients.map((client) => client.get(AUDITOR, path)));
    if (answers.every((answer) => answer.status === 404) && path.endsWith('/balances')) continue;
    if (answers.some((answer) => answer.status !== 200 || answer.text !== answers[0].text)) return false;
  }
  return true;
}

async function checkStore(target: StoreTarget, hammer: Hammer): Promise<string[]> {
  const eventStore = await target.openEventStore();
  try {
    const ledger = await checkLedger(eventStore, hammer.acknowledged.flat());
    const serviceReadModels = await createReadModelStore(target.serviceReadModels);
    try {
      if ((await serviceReadModels.readCheckpoint()).generation === 0) return [...ledger.problems];
      const head = await eventStore.headPosition();
      if (!(await waitForCheckpoint(serviceReadModels, head, CONVERGENCE_TIMEOUT_MS))) {
        return [...ledger.problems, `The shared read models did not reach position ${head}`];
      }
      const rebuilt = await rebuildReadModels(
        eventStore,
        target.scratchReadModels('rebuild'),
        head,
        CONVERGENCE_TIMEOUT_MS,
      );
      const fundIds = hammer.layouts.map((layout) => layout.fundId);
      const differences = await readModelDifferences(
        'shared read models',
        serviceReadModels,
        rebuilt,
        fundIds,
      );
      await rebuilt.close();
      return [...ledger.problems, ...differences];
    } finally {
      await serviceReadModels.close();
    }
  } finally {
    await eventStore.close();
  }
}

function pick<Item>(hammer: Hammer, items: readonly Item[]): Item {
  return items[Math.floor(hammer.random() * items.length)];
}

function nextId(hammer: Hammer): number {
  hammer.sequence += 1;
  return hammer.sequence;
}
