/**
 * Goal: unless the projection runner is live (starting, catching up or rebuilding after an upgrade,
 * retrying after an error, stopped on an event it cannot fold, or stopped), or when the stored read
 * models are of another generation than the runner's (another instance is rebuilding them), current
 * answers come from the fund's events up to the head of the log, not from stored read models that may
 * lack the fund or part of its history; otherwise they come from the read models.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fundStreamName } from '@fund-ledger/domain';
import type { EventStore, RecordedEvent } from '@fund-ledger/event-store';
import { openSqliteEventStore } from '@fund-ledger/event-store/sqlite/sqlite-event-store';
import {
  PROJECTION_VERSION,
  type ProjectionRunnerState,
  type ReadModelStore,
} from '@fund-ledger/projections';
import { seededChoices } from '@fund-ledger/projections/testing/choices';
import { foldProjection, requireSummary } from '@fund-ledger/projections/testing/fold';
import { appendGeneratedFund } from '@fund-ledger/projections/testing/stored-history';
import { fixedClock } from '../../common/clock';
import type { ProjectionProgress } from '../../projection-runner/projection-progress';
import { NOW } from './read-model-query.dto';
import { FundReadModels } from './fund-read-models';

const GENERATION = 2;

/** Read models a rebuild has only begun: the checkpoint is early and the fund is not there yet. */
function readModelsBeforeTheFund(generation = GENERATION): jest.Mocked<ReadModelStore> {
  const checkpoint = { position: 3, version: PROJECTION_VERSION, generation };
  return {
    readCheckpoint: jest.fn().mockResolvedValue(checkpoint),
    readFund: jest.fn().mockResolvedValue({ checkpoint, summary: null, applications: [] }),
  } as unknown as jest.Mocked<ReadModelStore>;
}

async function streamOf(store: EventStore, fundId: string): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of store.readStream(fundStreamName(fundId))) events.push(event);
  return events;
}

describe('FundReadModels while the projection runner is not live', () => {
  let directory: string;
  let store: EventStore;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'ledger-read-models-'));
    store = openSqliteEventStore({ path: join(directory, 'ledger.sqlite') });
    await appendGeneratedFund(store, 'north', seededChoices(9), 80);
  });

  afterAll(async () => {
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  function fundsWhile(state: ProjectionRunnerState, readModels: ReadModelStore): FundReadModels {
    const progress = { state, buildingGeneration: GENERATION } as ProjectionProgress;
    return new FundReadModels(store, readModels, fixedClock('2030-01-01T00:00:00Z'), progress);
  }

  it.each<ProjectionRunnerState>(['starting', 'catching-up', 'retrying', 'failed', 'stopped'])(
    'answers from the events up to the head while %s',
    async (state) => {
      const readModels = readModelsBeforeTheFund();
      const events = await streamOf(store, 'north');
      const expected = foldProjection(events);

      const answer = await fundsWhile(state, readModels).fund('north', NOW, {
        withApplications: true,
      });
      expect(answer.summary).toEqual(requireSummary(expected));
      expect(answer.applications).toEqual([...expected.applications.values()]);
      expect(answer.answerPoint).toEqual({
        requested: null,
        effectiveOn: null,
        position: await store.headPosition(),
      });
      expect(readModels.readFund).not.toHaveBeenCalled();

      const statementEvents = await fundsWhile(state, readModels).fundEvents('north', NOW);
      expect(statementEvents.records).toHaveLength(events.length);
      expect(readModels.readCheckpoint).not.toHaveBeenCalled();
    },
  );

  it('answers from the stored read models once live', async () => {
    const readModels = readModelsBeforeTheFund();
    const funds = fundsWhile('live', readModels);
    await expect(funds.fund('north', NOW, { withApplications: false })).rejects.toThrow(
      'There is no fund north',
    );
    expect(readModels.readFund).toHaveBeenCalledTimes(1);
    const statementEvents = await funds.fundEvents('north', NOW);
    expect(statementEvents.records.map((record) => record.position)).toEqual([1, 2, 3]);
    expect(statementEvents.answerPoint).toEqual({ requested: null, effectiveOn: null, position: 3 });
  });

  it('answers from the events when the stored read models are of another generation than the runner builds', async () => {
    const readModels = readModelsBeforeTheFund(GENERATION + 1);
    const funds = fundsWhile('live', readModels);
    const answer = await funds.fund('north', NOW, { withApplications: false });
    expect(answer.summary).toEqual(requireSummary(foldProjection(await streamOf(store, 'north'))));
    expect(answer.answerPoint.position).toBe(await store.headPosition());
    const statementEvents = await funds.fundEvents('north', NOW);
    expect(statementEvents.answerPoint.position).toBe(await store.headPosition());
  });
});
