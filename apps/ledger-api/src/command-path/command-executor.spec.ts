/**
 * Goal: the generic command path loads a stream, folds it, decides and appends with the revision it
 * read; stamps every event with the actor, command, correlation and causation ids and the accepted
 * instant; retries from loading when another writer got in between; and gives up with a conflict
 * after COMMAND_RETRY_LIMIT retries without writing anything.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainError } from '@fund-ledger/domain';
import {
  createEventStore,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type RecordedEvent,
} from '@fund-ledger/event-store';
import { loadSettings } from '@fund-ledger/config';
import { MetricsService } from '../observability/metrics.service';
import { CommandConflictError } from '../common/problems/command-conflict.error';
import type { CommandContext } from './command-context';
import { CommandExecutor } from './command-executor';
import { FoldedStreams } from './folded-streams';
import { InFlightCommands } from '../shutdown/in-flight-commands';
import { type AddToCounter, counterStream } from './testing/counter.decider';

const context: CommandContext = {
  actor: { subject: 'treasurer-anna', role: 'treasurer' },
  commandId: 'command-1',
  idempotencyKey: 'key-1',
  correlationId: 'correlation-1',
  recordedAt: '2024-05-01T09:30:00.000Z',
};

function add(amount: number, commandId: string): AddToCounter {
  return { type: 'AddToCounter', counterId: 'c1', commandId, amount };
}

function rivalEvent(): NewEvent {
  const commandId = `rival-${Math.random()}`;
  return {
    type: 'CounterIncreased',
    data: { amount: 1 },
    metadata: {
      actor: { subject: 'rival', role: 'treasurer' },
      commandId,
      correlationId: commandId,
      causationId: commandId,
      recordedAt: context.recordedAt,
    },
  };
}

/** Lets a rival writer append to the same stream just before each of the next `count` appends. */
function withRivalWrites(store: EventStore, count: number): EventStore & { appendCalls: number } {
  let remaining = count;
  const racing = Object.create(store) as EventStore & { appendCalls: number };
  racing.appendCalls = 0;
  racing.append = async (streamId: string, events: readonly NewEvent[], expected: ExpectedRevision) => {
    racing.appendCalls += 1;
    if (remaining > 0) {
      remaining -= 1;
      await store.append(streamId, [rivalEvent()], 'any');
    }
    return store.append(streamId, events, expected);
  };
  return racing;
}

async function readAll(store: EventStore, streamId: string): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of store.readStream(streamId)) events.push(event);
  return events;
}

describe('CommandExecutor', () => {
  let directory: string;
  let store: EventStore;
  let metrics: MetricsService;

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'ledger-executor-'));
    store = await createEventStore({ kind: 'sqlite', path: join(directory, 'events.sqlite') });
    metrics = new MetricsService();
  });

  afterEach(async () => {
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  function executorOver(eventStore: EventStore, retryLimit = 5): CommandExecutor {
    const settings = loadSettings({ COMMAND_RETRY_LIMIT: String(retryLimit) });
    return new CommandExecutor(
      eventStore,
      new FoldedStreams(eventStore),
      settings,
      metrics,
      new InFlightCommands(),
    );
  }

  it('appends the decided events with the full metadata to a new stream', async () => {
    const outcome = await executorOver(store).execute(counterStream, add(3, 'command-1'), context);

    expect(outcome.revision).toBe(0);
    expect(outcome.events).toHaveLength(1);
    expect(outcome.position).toBe(outcome.events[0]?.position);
    const [stored] = await readAll(store, 'counter-c1');
    expect(stored).toMatchObject({
      type: 'CounterIncreased',
      data: { amount: 3 },
      metadata: {
        actor: { subject: 'treasurer-anna', role: 'treasurer' },
        commandId: 'command-1',
        correlationId: 'correlation-1',
        causationId: 'command-1',
        recordedAt: '2024-05-01T09:30:00.000Z',
      },
    });
  });

  it('decides from the state folded from the stream', async () => {
    const executor = executorOver(store);
    await executor.execute(counterStream, add(6, 'command-1'), context);

    await expect(
      executor.execute(counterStream, add(6, 'command-2'), { ...context, commandId: 'command-2' }),
    ).rejects.toBeInstanceOf(DomainError);
    expect(await readAll(store, 'counter-c1')).toHaveLength(1);
  });

  it('appends nothing for a repeated command id and reports the stream as it is', async () => {
    const executor = executorOver(store);
    const first = await executor.execute(counterStream, add(2, 'command-1'), context);
    const repeated = await executor.execute(counterStream, add(2, 'command-1'), context);

    expect(repeated).toEqual({ events: [], position: first.position, revision: 0 });
    expect(await readAll(store, 'counter-c1')).toHaveLength(1);
  });

  it('retries from loading when another writer appended in between', async () => {
    const racing = withRivalWrites(store, 2);
    const outcome = await executorOver(racing).execute(counterStream, add(3, 'command-1'), context);

    expect(racing.appendCalls).toBe(3);
    expect(outcome.revision).toBe(2);
    const events = await readAll(store, 'counter-c1');
    expect(events.map((event) => event.metadata.actor.subject)).toEqual(['rival', 'rival', 'treasurer-anna']);
    expect(await metrics.render()).toContain(
      'ledger_concurrency_conflicts_total{stream_category="counter",outcome="retried"} 2',
    );
  });

  it('decides again on retry, so a rule broken by the rival write is caught', async () => {
    const racing = withRivalWrites(store, 1);
    await store.append('counter-c1', [{ ...rivalEvent(), data: { amount: 8 } }], 'no_stream');

    await expect(executorOver(racing).execute(counterStream, add(2, 'command-1'), context)).rejects.toThrow(
      'The counter may not exceed 10',
    );
    expect((await readAll(store, 'counter-c1')).map((event) => event.metadata.actor.subject)).toEqual([
      'rival',
      'rival',
    ]);
  });

  it('gives up with a conflict after the retry limit and writes nothing of its own', async () => {
    const racing = withRivalWrites(store, 10);
    const failure = executorOver(racing, 2).execute(counterStream, add(1, 'command-1'), context);

    await expect(failure).rejects.toBeInstanceOf(CommandConflictError);
    await expect(failure).rejects.toMatchObject({ streamId: 'counter-c1', attempts: 3 });
    expect(racing.appendCalls).toBe(3);
    const subjects = (await readAll(store, 'counter-c1')).map((event) => event.metadata.actor.subject);
    expect(subjects).toEqual(['rival', 'rival', 'rival']);
    expect(await metrics.render()).toContain(
      'ledger_concurrency_conflicts_total{stream_category="counter",outcome="gave_up"} 1',
    );
  });

  it('with a retry limit of zero, fails on the first conflict', async () => {
    const racing = withRivalWrites(store, 1);
    await expect(
      executorOver(racing, 0).execute(counterStream, add(1, 'command-1'), context),
    ).rejects.toMatchObject({
      attempts: 1,
    });
  });

  it('counts the appended events by type', async () => {
    await executorOver(store).execute(counterStream, add(1, 'command-1'), context);
    expect(await metrics.render()).toContain('ledger_events_appended_total{type="CounterIncreased"} 1');
  });
});
