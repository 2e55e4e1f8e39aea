/**
 * Goal: a stream's folded state is what its decider makes of every stored event, whoever appended them,
 * and a later load reads only the events appended since the state it keeps.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createEventStore,
  type EventStore,
  type NewEvent,
  type ReadStreamOptions,
} from '@fund-ledger/event-store';
import { FoldedStreams } from './folded-streams';
import { counterStream } from './testing/counter.decider';

const STREAM = 'counter-c1';

function increased(amount: number, commandId: string): NewEvent {
  return {
    type: 'CounterIncreased',
    data: { amount },
    metadata: {
      actor: { subject: 'treasurer-anna', role: 'treasurer' },
      commandId,
      correlationId: commandId,
      causationId: commandId,
      recordedAt: '2024-05-01T09:30:00.000Z',
    },
  };
}

/** The store, recording from which revision each read of a stream started. */
function recordingReads(store: EventStore): { store: EventStore; readsFrom: number[] } {
  const readsFrom: number[] = [];
  const recording = Object.create(store) as EventStore;
  recording.readStream = (streamId: string, options?: ReadStreamOptions) => {
    readsFrom.push(options?.fromRevision ?? 0);
    return store.readStream(streamId, options);
  };
  return { store: recording, readsFrom };
}

describe('FoldedStreams', () => {
  let directory: string;
  let store: EventStore;

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'ledger-folded-'));
    store = await createEventStore({ kind: 'sqlite', path: join(directory, 'events.sqlite') });
  });

  afterEach(async () => {
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('answers the initial state and no revision for a stream nobody wrote', async () => {
    const folded = await new FoldedStreams(store).load(counterStream, STREAM);

    expect(folded).toEqual({
      state: { total: 0, handledCommandIds: [] },
      revision: 'no_stream',
      position: 0,
    });
  });

  it('folds every stored event, also those appended by another writer after an earlier load', async () => {
    const streams = new FoldedStreams(store);
    await store.append(STREAM, [increased(2, 'command-1')], 'no_stream');
    await streams.load(counterStream, STREAM);
    const later = await store.append(STREAM, [increased(3, 'command-2'), increased(4, 'command-3')], 0);

    const folded = await streams.load(counterStream, STREAM);

    expect(folded).toEqual({
      state: { total: 9, handledCommandIds: ['command-1', 'command-2', 'command-3'] },
      revision: 2,
      position: later.lastPosition,
    });
  });

  it('reads only the events after the state it keeps, including the state a command advanced to', async () => {
    const { store: recording, readsFrom } = recordingReads(store);
    const streams = new FoldedStreams(recording);
    const first = await store.append(STREAM, [increased(2, 'command-1')], 'no_stream');
    const loaded = await streams.load(counterStream, STREAM);
    const appended = await store.append(STREAM, [increased(1, 'command-2')], 0);
    streams.advance(counterStream, STREAM, loaded, appended.events);

    const folded = await streams.load(counterStream, STREAM);

    expect(readsFrom).toEqual([0, 2]);
    expect(first.lastPosition).toBeLessThan(folded.position);
    expect(folded.state.total).toBe(3);
  });
});
