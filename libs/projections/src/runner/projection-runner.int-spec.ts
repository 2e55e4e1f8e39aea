/**
 * Goal: the projection runner, fed by a real store's subscription, stores read models equal to the pure
 * fold of each fund's stream, on SQLite and on PostgreSQL: after catching up, after a restart (resuming
 * from the checkpoint), after a rebuild from position 0, with two runners sharing one read-model store,
 * and for random histories (trial balance zero, balances equal the events' sums). An event it cannot
 * fold stops it at that event, with the read models stored up to the event before.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fundStreamName } from '@fund-ledger/domain';
import type { EventStore, RecordedEvent } from '@fund-ledger/event-store';
import { createEventStore } from '@fund-ledger/event-store/create-event-store';
import {
  describeWithPostgres,
  dropSchema,
  randomSchemaName,
  TEST_DATABASE_URL,
} from '@fund-ledger/event-store/postgres/testing/postgres-test-database';
import { PROJECTION_VERSION } from '../fund-projection';
import { openPostgresReadModelStore } from '../read-model-store/postgres-read-model-store';
import type { FundReadModel, ReadModelStore } from '../read-model-store/read-model-store.port';
import { openSqliteReadModelStore } from '../read-model-store/sqlite-read-model-store';
import { stateDigest } from '../shared/state-digest';
import { expectBalancesMatchEvents } from '../testing/balance-checks';
import { seededChoices } from '../testing/choices';
import { foldProjection, requireSummary } from '../testing/fold';
import { appendInterleavedFunds } from '../testing/interleaved-funds';
import { appendGeneratedFund } from '../testing/stored-history';
import { ProjectionRunner } from './projection-runner';

interface Stores {
  readonly store: EventStore;
  openReadModels(): Promise<ReadModelStore>;
  cleanup(): Promise<void>;
}

const CATCH_UP_TIMEOUT_MS = 20_000;
const FUND_IDS = ['north', 'south', 'east'];

async function readStream(store: EventStore, fundId: string): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of store.readStream(fundStreamName(fundId))) events.push(event);
  return events;
}

/** The stored documents of a fund equal the pure fold of its stream, byte for byte. */
async function expectStoredEqualsFold(
  stores: Stores,
  readModels: ReadModelStore,
  fundId: string,
): Promise<void> {
  const folded = foldProjection(await readStream(stores.store, fundId));
  const stored = await readModels.readFund(fundId, { withApplications: true });
  expect(stateDigest(stored.summary)).toBe(stateDigest(folded.summary));
  const storedApplications = new Map(stored.applications.map((view) => [view.applicationId, view]));
  expect(stateDigest(storedApplications)).toBe(stateDigest(folded.applications));
}

async function catchUp(runner: ProjectionRunner, store: EventStore): Promise<void> {
  runner.start();
  expect(await runner.waitFor(await store.headPosition(), CATCH_UP_TIMEOUT_MS)).toBe(true);
}

function runnerContract(openStores: () => Promise<Stores>): void {
  let stores: Stores;
  const runners: ProjectionRunner[] = [];
  const readModelStores: ReadModelStore[] = [];

  async function newRunner(options = {}): Promise<{ runner: ProjectionRunner; readModels: ReadModelStore }> {
    const readModels = await stores.openReadModels();
    const runner = new ProjectionRunner(stores.store, readModels, {
      batchSize: 100,
      storeEveryEvents: 250,
      ...options,
    });
    runners.push(runner);
    readModelStores.push(readModels);
    return { runner, readModels };
  }

  beforeEach(async () => {
    stores = await openStores();
  });

  afterEach(async () => {
    await Promise.all(runners.splice(0).map((runner) => runner.stop()));
    await Promise.all(readModelStores.splice(0).map((readModels) => readModels.close()));
    await stores.cleanup();
  });

  test('catches up and stores for each fund exactly what the pure fold of its stream gives', async () => {
    const appended = await appendInterleavedFunds(stores.store, FUND_IDS, 11, 150);
    const { runner, readModels } = await newRunner();
    await catchUp(runner, stores.store);
    for (const fundId of FUND_IDS) {
      await expectStoredEqualsFold(stores, readModels, fundId);
      const stored = await readModels.readFund(fundId, { withApplications: false });
      expectBalancesMatchEvents(
        requireSummary({ summary: stored.summary, applications: new Map() }),
        appended.get(fundId) ?? [],
      );
    }
    expect(runner.state).toBe('live');
  });

  test('stops when asked right after starting, also on an empty log where no event would wake it', async () => {
    const { runner } = await newRunner();
    runner.start();
    await runner.stop();
    expect(runner.state).toBe('stopped');
  });

  test('a restarted runner resumes from the stored checkpoint instead of rebuilding', async () => {
    await appendInterleavedFunds(stores.store, FUND_IDS, 21, 80);
    const first = await newRunner();
    await catchUp(first.runner, stores.store);
    await first.runner.stop();
    const before = await first.readModels.readCheckpoint();
    await appendInterleavedFunds(stores.store, ['west'], 22, 80);
    const second = await newRunner();
    await catchUp(second.runner, stores.store);
    const after = await second.readModels.readCheckpoint();
    expect(after).toEqual({
      position: await stores.store.headPosition(),
      version: PROJECTION_VERSION,
      generation: before.generation,
    });
    for (const fundId of [...FUND_IDS, 'west'])
      await expectStoredEqualsFold(stores, second.readModels, fundId);
  });

  test('a rebuild starts a new generation from position 0 and ends with the same documents', async () => {
    await appendInterleavedFunds(stores.store, FUND_IDS, 31, 80);
    const { runner, readModels } = await newRunner();
    await catchUp(runner, stores.store);
    const everyFund = () =>
      Promise.all(FUND_IDS.map((fundId) => readModels.readFund(fundId, { withApplications: true })));
    const before = await everyFund();
    await runner.rebuild();
    expect(await runner.waitFor(await stores.store.headPosition(), CATCH_UP_TIMEOUT_MS)).toBe(true);
    const rebuilt = await everyFund();
    expect(rebuilt.map((fund) => fund.checkpoint.generation)).toEqual(
      before.map((fund) => fund.checkpoint.generation + 1),
    );
    expect(stateDigest(rebuilt.map(documentsOf))).toBe(stateDigest(before.map(documentsOf)));
    for (const fundId of FUND_IDS) await expectStoredEqualsFold(stores, readModels, fundId);
  });

  test('read-your-writes: waiting for an appended position resolves once queries see it', async () => {
    await appendInterleavedFunds(stores.store, ['north'], 41, 40);
    const { runner, readModels } = await newRunner();
    await catchUp(runner, stores.store);
    const appended = await appendGeneratedFund(stores.store, 'late-fund', seededChoices(42), 3);
    const head = await stores.store.headPosition();
    expect(appended.length).toBeGreaterThan(0);
    expect(await runner.waitFor(head, CATCH_UP_TIMEOUT_MS)).toBe(true);
    const stored = await readModels.readFund('late-fund', { withApplications: false });
    expect(stored.summary?.lastEvent.position).toBe(head);
  });

  test('two runners sharing one read-model store both reach the head with the same documents', async () => {
    await appendInterleavedFunds(stores.store, FUND_IDS, 51, 60);
    const first = await newRunner({ batchSize: 37, storeEveryEvents: 90 });
    const second = await newRunner({ batchSize: 53, storeEveryEvents: 70 });
    first.runner.start();
    second.runner.start();
    await appendInterleavedFunds(stores.store, ['west'], 52, 60);
    const head = await stores.store.headPosition();
    expect(await first.runner.waitFor(head, CATCH_UP_TIMEOUT_MS)).toBe(true);
    expect(await second.runner.waitFor(head, CATCH_UP_TIMEOUT_MS)).toBe(true);
    for (const fundId of [...FUND_IDS, 'west'])
      await expectStoredEqualsFold(stores, first.readModels, fundId);
  });

  test('an event the reducers cannot fold stops the runner at that event without skipping it', async () => {
    await appendInterleavedFunds(stores.store, ['north'], 61, 40);
    const lastGood = await stores.store.headPosition();
    const [opened] = await readStream(stores.store, 'north');
    const bad = await stores.store.append(
      fundStreamName('north'),
      [{ type: 'FundRenamed', data: { fundId: 'north', name: 'x' }, metadata: opened!.metadata }],
      'any',
    );
    await appendInterleavedFunds(stores.store, ['south'], 62, 5);
    const { runner, readModels } = await newRunner();
    runner.start();
    expect(await runner.waitFor(await stores.store.headPosition(), 3000)).toBe(false);
    expect(runner.state).toBe('failed');
    expect(runner.failure).toMatchObject({
      position: bad.lastPosition,
      eventType: 'FundRenamed',
      streamId: 'fund-north',
    });
    expect((await readModels.readCheckpoint()).position).toBe(lastGood);
  });

  test('random histories: trial balance zero and balances equal the sums of the events', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer(), fc.integer({ min: 30, max: 250 }), async (seed, steps) => {
        run += 1;
        const fundId = `random-${run}`;
        const fundEvents = await appendGeneratedFund(stores.store, fundId, seededChoices(seed), steps);
        const { runner, readModels } = await newRunner();
        await catchUp(runner, stores.store);
        await runner.stop();
        const stored = await readModels.readFund(fundId, { withApplications: true });
        expectBalancesMatchEvents(
          requireSummary({ summary: stored.summary, applications: new Map() }),
          fundEvents,
        );
      }),
      { numRuns: 6 },
    );
  });
}

function documentsOf(readModel: FundReadModel): object {
  const applications = [...readModel.applications].sort((a, b) => a.submittedPosition - b.submittedPosition);
  return { summary: readModel.summary, applications };
}

describe('projection runner on SQLite', () => {
  runnerContract(async () => {
    const directory = mkdtempSync(join(tmpdir(), 'projection-runner-'));
    const path = join(directory, 'ledger.sqlite');
    const store = await createEventStore({ kind: 'sqlite', path });
    return {
      store,
      openReadModels: async () => openSqliteReadModelStore(join(directory, 'ledger.read-models.sqlite')),
      cleanup: async () => {
        await store.close();
        rmSync(directory, { recursive: true, force: true });
      },
    };
  });
});

describeWithPostgres(
  'projection runner on PostgreSQL',
  () => {
    runnerContract(async () => {
      const schema = randomSchemaName('projections');
      const store = await createEventStore({ kind: 'postgres', connectionString: TEST_DATABASE_URL, schema });
      return {
        store,
        openReadModels: () => openPostgresReadModelStore({ connectionString: TEST_DATABASE_URL, schema }),
        cleanup: async () => {
          await store.close();
          await dropSchema(schema);
        },
      };
    });
  },
  () => undefined,
);
