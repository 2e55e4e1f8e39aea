/**
 * Goal: after a full page the subscription asks for the next one before it delivers the first event,
 * so the server reads while the consumer works; it delivers every event once, in order; after a short
 * page it waits for a change instead of asking again; and a page asked for ahead that fails after the
 * consumer stopped has a handler, so it is no unhandled rejection.
 */
import type { RecordedEvent } from '../event-store.port';
import type { PostgresChangeListener } from './postgres-change-listener';
import { PostgresSubscription, type GlobalLogPageReader } from './postgres-subscription';

const BATCH_SIZE = 3;

function event(position: number): RecordedEvent {
  return {
    streamId: 'fund-north',
    revision: position - 1,
    position,
    type: 'PrivateContributionRecorded',
    data: {},
    metadata: {} as RecordedEvent['metadata'],
    prevHash: '',
    hash: '',
  };
}

/** A log of `count` events, read in pages; every page asked for is recorded. */
function logOf(count: number): { readPage: jest.MockedFunction<GlobalLogPageReader> } {
  const log = Array.from({ length: count }, (_, index) => event(index + 1));
  const readPage = jest.fn<Promise<readonly RecordedEvent[]>, [number, number]>(async (after, limit) =>
    log.filter((recorded) => recorded.position > after).slice(0, limit),
  );
  return { readPage };
}

/** A change listener that never announces a change, and whose wait ends only on wake-up. */
function quietChanges(): PostgresChangeListener & { waits: number } {
  let wake: () => void = () => undefined;
  const changes = {
    waits: 0,
    changeCount: 0,
    ensureListening: async () => undefined,
    waitForChange: () => {
      changes.waits += 1;
      return new Promise<void>((resolve) => (wake = resolve));
    },
    wakeUp: () => wake(),
  };
  return changes as unknown as PostgresChangeListener & { waits: number };
}

function subscribe(readPage: GlobalLogPageReader, changes: PostgresChangeListener): PostgresSubscription {
  return new PostgresSubscription(
    readPage,
    changes,
    { afterPosition: 0, batchSize: BATCH_SIZE, pollIntervalMs: 60_000 },
    () => undefined,
  );
}

describe('PostgresSubscription', () => {
  it('asks for the page after a full page before delivering its first event', async () => {
    const { readPage } = logOf(7);
    const subscription = subscribe(readPage, quietChanges());
    const iterator = subscription[Symbol.asyncIterator]();

    expect((await iterator.next()).value).toMatchObject({ position: 1 });
    expect(readPage.mock.calls).toEqual([
      [0, BATCH_SIZE],
      [3, BATCH_SIZE],
    ]);
    await subscription.close();
  });

  it('delivers every event once and in order, then waits for a change after the short page', async () => {
    const { readPage } = logOf(7);
    const changes = quietChanges();
    const subscription = subscribe(readPage, changes);
    const positions: number[] = [];
    for await (const recorded of subscription) {
      positions.push(recorded.position);
      if (positions.length === 7) setImmediate(() => void subscription.close());
    }

    expect(positions).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(readPage.mock.calls.map(([after]) => after)).toEqual([0, 3, 6]);
    expect(changes.waits).toBe(1);
  });

  it('handles the failure of a page asked for ahead that nobody awaits once the consumer has stopped', async () => {
    const { readPage } = logOf(3);
    let handled = false;
    const failing = Promise.reject(new Error('connection ended'));
    // Every way of handling a rejection (`then` with a second argument, `catch`) goes through `then`.
    const then = failing.then.bind(failing);
    failing.then = ((onFulfilled?: unknown, onRejected?: unknown) => {
      handled = handled || typeof onRejected === 'function';
      return then(onFulfilled as never, onRejected as never);
    }) as typeof failing.then;
    readPage.mockImplementationOnce(async () => [event(1), event(2), event(3)]);
    readPage.mockImplementationOnce(() => failing);
    const subscription = subscribe(readPage, quietChanges());
    for await (const recorded of subscription) {
      if (recorded.position === 1) break;
    }

    expect(readPage).toHaveBeenCalledTimes(2);
    expect(handled).toBe(true);
  });
});
