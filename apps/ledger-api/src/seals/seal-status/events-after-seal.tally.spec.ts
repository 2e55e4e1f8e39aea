/**
 * Goal: the count of events after the last seal is what a full read of the log would give, while each
 * request reads only what was appended since the one before; a new seal starts a new count, and requests
 * arriving together never count an event twice.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createEventStore,
  SEAL_STREAM_ID,
  type EventStore,
  type NewEvent,
  type ReadAllOptions,
} from '@fund-ledger/event-store';
import { EventsAfterSealTally } from './events-after-seal.tally';

function recorded(at: string): NewEvent {
  return {
    type: 'SomethingRecorded',
    data: {},
    metadata: {
      actor: { subject: 'anna', role: 'treasurer' },
      commandId: at,
      correlationId: at,
      causationId: at,
      recordedAt: at,
    },
  };
}

/** The store, recording after which position each read of the log started. */
function recordingReads(store: EventStore): { store: EventStore; readsAfter: number[] } {
  const readsAfter: number[] = [];
  const recording = Object.create(store) as EventStore;
  recording.readAll = (options?: ReadAllOptions) => {
    readsAfter.push(options?.afterPosition ?? 0);
    return store.readAll(options);
  };
  return { store: recording, readsAfter };
}

describe('EventsAfterSealTally', () => {
  let directory: string;
  let store: EventStore;

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'ledger-seal-tally-'));
    store = await createEventStore({ kind: 'sqlite', path: join(directory, 'events.sqlite') });
  });

  afterEach(async () => {
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('counts every event of an unsealed log, then only reads what was appended since', async () => {
    await store.append(
      'fund-a',
      [recorded('2026-01-01T10:00:00.000Z'), recorded('2026-01-01T11:00:00.000Z')],
      'any',
    );
    const reading = recordingReads(store);
    const tally = new EventsAfterSealTally(reading.store);

    expect(await tally.eventsAfter(0)).toEqual({
      eventCount: 2,
      firstPosition: 1,
      lastPosition: 2,
      firstRecordedAt: '2026-01-01T10:00:00.000Z',
      lastRecordedAt: '2026-01-01T11:00:00.000Z',
    });
    await store.append('fund-b', [recorded('2026-01-02T09:00:00.000Z')], 'any');
    expect(await tally.eventsAfter(0)).toMatchObject({ eventCount: 3, firstPosition: 1, lastPosition: 3 });
    expect(reading.readsAfter).toEqual([0, 2]);
  });

  it('starts a new count after a new seal and leaves the seal stream out', async () => {
    await store.append('fund-a', [recorded('2026-01-01T10:00:00.000Z')], 'any');
    const tally = new EventsAfterSealTally(store);
    expect(await tally.eventsAfter(0)).toMatchObject({ eventCount: 1 });

    await store.append(SEAL_STREAM_ID, [recorded('2026-01-01T12:00:00.000Z')], 'any');
    await store.append('fund-a', [recorded('2026-01-01T13:00:00.000Z')], 'any');
    expect(await tally.eventsAfter(1)).toEqual({
      eventCount: 1,
      firstPosition: 3,
      lastPosition: 3,
      firstRecordedAt: '2026-01-01T13:00:00.000Z',
      lastRecordedAt: '2026-01-01T13:00:00.000Z',
    });
  });

  it('counts each event once when requests arrive together', async () => {
    const events = Array.from({ length: 50 }, (_, index) =>
      recorded(`2026-01-01T10:${String(index).padStart(2, '0')}:00.000Z`),
    );
    await store.append('fund-a', events, 'any');
    const tally = new EventsAfterSealTally(store);

    const answers = await Promise.all([tally.eventsAfter(0), tally.eventsAfter(0), tally.eventsAfter(0)]);
    expect(answers.map((answer) => answer.eventCount)).toEqual([50, 50, 50]);
  });
});
