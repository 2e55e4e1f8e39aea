/**
 * The one contract every event store adapter must pass. An adapter's integration spec calls
 * `runEventStoreContract` with a harness factory; each test gets a fresh, empty store from it.
 * The harness can also damage the stored data directly (as someone with database access could), so the
 * suite can show that verification finds the damage.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ConcurrencyError, InvalidEventError } from '../errors';
import type { EventMetadata, EventStore, JsonObject, NewEvent, RecordedEvent } from '../event-store.port';
import { chainEvents, computeEventHash } from '../hash-chain';
import { computeLedgerDigest } from '../ledger-digest';
import type { EventStoreConfig } from '../store-config';
import { verifyChains } from '../verify-chains';
import { runContenders } from './run-contenders';

export interface ContractHarness {
  readonly store: EventStore;
  /** Opens the same store from another process (see `append-contender.ts`). */
  readonly config: EventStoreConfig;
  /** Changes one byte of the stored data of the event at `position`, directly in the database. */
  tamperWithStoredData(position: number): Promise<void>;
  /** Removes the event at `position` directly in the database. */
  deleteStoredEvent(position: number): Promise<void>;
  /** Closes the store and removes everything the harness created. */
  dispose(): Promise<void>;
}

/** The stated memory bound of the streaming-read test: live heap growth while reading 100,000 events. */
export const STREAMING_READ_HEAP_GROWTH_MAX_BYTES = 32 * 1024 * 1024;

const CONTENDER_PROCESSES = 4;
const CONTENDER_ATTEMPTS = 25;
const BULK_EVENT_COUNT = 100_000;
const BULK_BATCH_SIZE = 5_000;
const WAIT_LIMIT_MS = 10_000;

export function runEventStoreContract(
  adapterName: string,
  openHarness: () => Promise<ContractHarness>,
): void {
  describe(`${adapterName} event store contract`, () => {
    let harness: ContractHarness;
    let store: EventStore;

    beforeEach(async () => {
      harness = await openHarness();
      store = harness.store;
    });

    afterEach(async () => {
      await harness.dispose();
    });

    describe('round trip', () => {
      it('returns data and metadata exactly as appended: decimal strings, unicode, nested values', async () => {
        const appended = await store.append(
          'fund-round-trip',
          [newEvent(richData()), newEvent({ amount: '0.10' })],
          'no_stream',
        );
        const fromStream = await collect(store.readStream('fund-round-trip'));
        const fromLog = await collect(store.readAll());
        expect(fromStream).toEqual(appended.events);
        expect(fromLog).toEqual(appended.events);
        expect(fromStream[0].data).toEqual(richData());
        expect(fromStream[0].metadata).toEqual(metadataFor(0));
      });

      it('stores the hash of the canonical form, so the key order of the data does not matter', async () => {
        const { events } = await store.append(
          'fund-hash',
          [newEvent({ b: '2.00', a: { y: 1, x: 'ü' } })],
          'no_stream',
        );
        const reordered = { a: { x: 'ü', y: 1 }, b: '2.00' };
        const [stored] = await collect(store.readStream('fund-hash'));
        expect(stored.hash).toBe(computeEventHash({ ...events[0], data: reordered }));
        expect(stored.hash).toBe(computeEventHash(stored));
      });
    });

    describe('expected revision', () => {
      it('creates a stream with no_stream and refuses no_stream once it exists', async () => {
        await store.append('fund-a', [newEvent()], 'no_stream');
        await expectConflict(store.append('fund-a', [newEvent()], 'no_stream'), 'fund-a', 'no_stream', 0);
        expect(await countStream(store, 'fund-a')).toBe(1);
      });

      it('appends at the exact head revision and refuses a stale one without writing', async () => {
        await store.append('fund-a', [newEvent(), newEvent()], 'no_stream');
        const result = await store.append('fund-a', [newEvent()], 1);
        expect(result.nextExpectedRevision).toBe(2);
        const headBefore = await store.headPosition();
        await expectConflict(store.append('fund-a', [newEvent(), newEvent()], 1), 'fund-a', 1, 2);
        expect(await countStream(store, 'fund-a')).toBe(3);
        expect(await store.headPosition()).toBe(headBefore);
      });

      it('refuses an exact revision on a stream that does not exist', async () => {
        await expectConflict(store.append('fund-new', [newEvent()], 0), 'fund-new', 0, 'no_stream');
        expect(await store.headPosition()).toBe(0);
      });

      it('appends with any whether or not the stream exists', async () => {
        await store.append('fund-any', [newEvent()], 'any');
        const result = await store.append('fund-any', [newEvent()], 'any');
        expect(result.events[0]).toMatchObject({ streamId: 'fund-any', revision: 1 });
      });
    });

    describe('atomic batches', () => {
      it('writes nothing when one event of the batch is invalid', async () => {
        const batch = [newEvent(), newEvent({ amount: Number.NaN } as unknown as JsonObject)];
        await expect(store.append('fund-batch', batch, 'no_stream')).rejects.toBeInstanceOf(
          InvalidEventError,
        );
        expect(await countStream(store, 'fund-batch')).toBe(0);
        expect(await store.headPosition()).toBe(0);
      });

      it('writes nothing when the batch fails after the first events were written', async () => {
        const batch = [newEvent(), newEvent(), newEvent(dataThatFailsWhenStored())];
        await expect(store.append('fund-batch', batch, 'no_stream')).rejects.toThrow(
          /simulated storage failure/,
        );
        expect(await countStream(store, 'fund-batch')).toBe(0);
        expect(await store.headPosition()).toBe(0);
        await store.append('fund-batch', [newEvent()], 'no_stream');
        expect(await countStream(store, 'fund-batch')).toBe(1);
      });
    });

    describe('global order', () => {
      it('gives strictly increasing positions in append order across streams', async () => {
        const results = [];
        for (const streamId of ['fund-a', 'fund-b', 'fund-a', 'fund-c', 'fund-b']) {
          results.push(await store.append(streamId, [newEvent(), newEvent()], 'any'));
        }
        const appended = results.flatMap((result) => result.events);
        const log = await collect(store.readAll());
        expect(log.map(streamAndRevision)).toEqual(appended.map(streamAndRevision));
        expect(log.map((event) => event.position)).toEqual(appended.map((event) => event.position));
        expectStrictlyIncreasing(log.map((event) => event.position));
        expect(results.map((result) => result.lastPosition)).toEqual(
          results.map((result) => result.events[1].position),
        );
        expect(await store.headPosition()).toBe(log[log.length - 1].position);
      });

      it('reads the log after a position and up to a position, in small batches', async () => {
        const log = await appendInterleaved(store, 12);
        const after = log[3].position;
        const upTo = log[9].position;
        expect(await positionsOf(store.readAll({ afterPosition: after, batchSize: 2 }))).toEqual(
          log.slice(4).map((event) => event.position),
        );
        expect(await positionsOf(store.readAll({ toPosition: upTo, batchSize: 5 }))).toEqual(
          log.slice(0, 10).map((event) => event.position),
        );
        expect(
          await positionsOf(store.readAll({ afterPosition: after, toPosition: upTo, batchSize: 3 })),
        ).toEqual(log.slice(4, 10).map((event) => event.position));
      });

      it('reads a stream from and to a revision, in small batches, and an unknown stream as empty', async () => {
        await appendInterleaved(store, 18);
        const revisions = async (options: object) =>
          (await collect(store.readStream('fund-0', options))).map((event) => event.revision);
        expect(await revisions({ batchSize: 2 })).toEqual([0, 1, 2, 3, 4, 5]);
        expect(await revisions({ fromRevision: 2, batchSize: 3 })).toEqual([2, 3, 4, 5]);
        expect(await revisions({ fromRevision: 1, toRevision: 3, batchSize: 1 })).toEqual([1, 2, 3]);
        expect(await collect(store.readStream('fund-unknown'))).toEqual([]);
      });

      it('reports head position 0 and answers ping on an empty store', async () => {
        expect(await store.headPosition()).toBe(0);
        expect(await store.ping()).toBe(true);
      });
    });

    describe('catch-up subscription', () => {
      it('catches up, then goes live, with events appended during the switch, without gap or duplicate', async () => {
        await store.append('fund-a', [newEvent(), newEvent(), newEvent()], 'no_stream');
        const subscription = store.subscribeToAll({ batchSize: 2 });
        const received: RecordedEvent[] = [];
        const appendsDone: Array<Promise<unknown>> = [];
        for await (const event of withDeadline(subscription, 'the subscription to deliver 8 events')) {
          received.push(event);
          appendsDone.push(appendOnCue(store, received.length));
          if (received.length === 8) {
            break;
          }
        }
        await Promise.all(appendsDone);
        await subscription.close();
        expect(received.map((event) => event.position)).toEqual(await positionsOf(store.readAll()));
      });

      it('starts after a given position and ends a waiting iteration on close', async () => {
        const log = await appendInterleaved(store, 5);
        const subscription = store.subscribeToAll({ afterPosition: log[2].position });
        const received: number[] = [];
        const iteration = (async () => {
          for await (const event of subscription) {
            received.push(event.position);
            if (received.length === 2) {
              setImmediate(() => void subscription.close());
            }
          }
        })();
        await withTimeout(iteration, 'the subscription to end after close()');
        expect(received).toEqual([log[3].position, log[4].position]);
      });

      it('delivers events that serialise, spread, hash and compare exactly like those read from the log', async () => {
        await store.append('fund-a', [newEvent(richData()), newEvent()], 'no_stream');
        const subscription = store.subscribeToAll();
        const delivered: RecordedEvent[] = [];
        for await (const event of withDeadline(subscription, 'the subscription to deliver 2 events')) {
          delivered.push(event);
          if (delivered.length === 2) break;
        }
        await subscription.close();
        const read = await collect(store.readAll());
        expect(delivered.map((event) => JSON.stringify(event))).toEqual(
          read.map((event) => JSON.stringify(event)),
        );
        expect(delivered.map((event) => ({ ...event }))).toEqual(read);
        expect(delivered.map((event) => Object.keys(event))).toEqual(read.map((event) => Object.keys(event)));
        expect(delivered.map((event) => computeEventHash(event))).toEqual(read.map((event) => event.hash));
        expect(delivered[0].metadata).toEqual(metadataFor(0));
      });

      it('with deferred metadata, delivers events that read, serialise and hash exactly like those read from the log', async () => {
        const events = [richData(), { amount: '1.00' }, { amount: '2.00' }].map((data, index) => ({
          ...newEvent(data),
          metadata: metadataFor(index),
        }));
        await store.append('fund-a', events, 'no_stream');
        const subscription = store.subscribeToAll({ deferMetadata: true, batchSize: 2 });
        const delivered: RecordedEvent[] = [];
        for await (const event of withDeadline(subscription, 'the subscription to deliver 3 events')) {
          delivered.push(event);
          if (delivered.length === 3) break;
        }
        await subscription.close();
        const read = await collect(store.readAll());
        expect(delivered.map(fieldsByName)).toEqual(read);
        expect(delivered.map((event) => JSON.stringify(event))).toEqual(
          read.map((event) => JSON.stringify(event)),
        );
        expect(delivered.map((event) => computeEventHash(event))).toEqual(read.map((event) => event.hash));
        expect(delivered.map((event) => event.metadata)).toEqual([0, 1, 2].map(metadataFor));
      });
    });

    describe('several OS processes', () => {
      it('lets each revision be won exactly once; losers get ConcurrencyError; a subscriber sees every event', async () => {
        const subscription = store.subscribeToAll();
        const collector = startCollecting(subscription);
        const reports = await runContenders(
          harness.config,
          'fund-contended',
          CONTENDER_PROCESSES,
          CONTENDER_ATTEMPTS,
        );

        expect(reports.flatMap((report) => report.otherErrors)).toEqual([]);
        expect(reports.filter((report) => report.createdStream)).toHaveLength(1);
        for (const report of reports) {
          expect(report.wonRevisions.length + report.concurrencyErrors).toBe(CONTENDER_ATTEMPTS + 1);
        }
        const won = reports.flatMap((report) => report.wonRevisions).sort((a, b) => a - b);
        expect(won).toEqual(won.map((_, index) => index));
        expect(reports.reduce((sum, report) => sum + report.concurrencyErrors, 0)).toBeGreaterThanOrEqual(
          CONTENDER_PROCESSES - 1,
        );

        const stream = await collect(store.readStream('fund-contended'));
        expect(stream.map((event) => event.revision)).toEqual(won);
        expect((await verifyChains(store.readAll())).ok).toBe(true);
        const lastPosition = stream[stream.length - 1].position;
        await waitUntil(
          () => (collector.events[collector.events.length - 1]?.position ?? 0) >= lastPosition,
          'the subscriber to receive the last contended event',
        );
        await subscription.close();
        await collector.finished;
        expect(collector.events.map((event) => event.position)).toEqual(await positionsOf(store.readAll()));
      }, 60_000);
    });

    describe('streaming reads', () => {
      it(`reads ${BULK_EVENT_COUNT} events with live heap growth under the stated bound`, async () => {
        await appendBulk(store, BULK_EVENT_COUNT);
        const read = await measureStreamingRead(store);
        expect(read.count).toBe(BULK_EVENT_COUNT);
        expect(read.positionsOutOfOrder).toBe(0);
        expect(read.heapGrowthBytes).toBeLessThan(STREAMING_READ_HEAP_GROWTH_MAX_BYTES);
      }, 120_000);
    });

    describe('hash chain', () => {
      it('verifies an intact store, and its digest equals the ledger digest of the store', async () => {
        await appendInterleaved(store, 9);
        const verification = await verifyChains(store.readAll());
        expect(verification).toMatchObject({ ok: true, eventCount: 9, streamCount: 3, firstBreak: null });
        expect(verification.digest).toEqual(await computeLedgerDigest(store));
      });

      it('names exactly the event whose stored data was changed by one byte', async () => {
        const log = await appendInterleaved(store, 9);
        const target = log[4];
        await harness.tamperWithStoredData(target.position);
        const [tampered] = await collect(
          store.readStream(target.streamId, { fromRevision: target.revision, toRevision: target.revision }),
        );
        expect(tampered.data).not.toEqual(target.data);
        const verification = await verifyChains(store.readAll());
        expect(verification.firstBreak).toMatchObject({
          kind: 'hash_mismatch',
          position: target.position,
          streamId: target.streamId,
          revision: target.revision,
        });
      });

      it('reports a deleted event as a missing revision of its stream', async () => {
        const log = await appendInterleaved(store, 9);
        const target = log[4];
        const next = log.find(
          (event) => event.streamId === target.streamId && event.revision === target.revision + 1,
        );
        await harness.deleteStoredEvent(target.position);
        const verification = await verifyChains(store.readAll());
        expect(verification.firstBreak).toMatchObject({
          kind: 'missing_revision',
          position: next?.position,
          streamId: target.streamId,
          revision: target.revision + 1,
        });
        expect(verification.firstBreak?.message).toContain(`revision ${target.revision} is missing`);
      });
    });
  });
}

function metadataFor(index: number): EventMetadata {
  return {
    actor: { subject: `treasurer-${index}`, role: 'treasurer' },
    commandId: `command-${index}`,
    correlationId: `correlation-${index}`,
    causationId: `command-${index}`,
    recordedAt: '2024-03-01T09:30:00.000Z',
  };
}

function newEvent(data: JsonObject = { amount: '1234.50' }, type = 'ContributionReceived'): NewEvent {
  return { type, data, metadata: metadataFor(0) };
}

/** Values that break naive storage: decimal strings, composed and decomposed umlauts, emoji, escapes. */
function richData(): JsonObject {
  return {
    amount: '1234.50',
    smallAmount: '0.10',
    largeAmount: '99999999999.99',
    fund: 'Verfügungsfonds Dortmund City-Fonds',
    decomposed: 'Verfu\u0308gungsfonds',
    emoji: '🎹🎄💶',
    scripts: 'Ελληνικά 日本語 עברית',
    escapes: 'quote " backslash \\ newline \n tab \t </script>',
    'Schlüssel mit Leerzeichen': true,
    nested: {
      lines: [
        { funder: 'city', share: '0.3334' },
        { funder: 'state', share: '0.6666' },
      ],
      empty: {},
    },
    list: [1, '2', null, false, [[]]],
    count: 42,
    ratio: 0.5,
    nothing: null,
  };
}

/**
 * Data that passes validation and hashing but throws the next time it is read, that is when the adapter
 * serialises it for storage. The number of reads validation and hashing make is measured on a probe first.
 */
function dataThatFailsWhenStored(): JsonObject {
  let readsAllowed = Number.POSITIVE_INFINITY;
  let reads = 0;
  const target = { amount: '3.00' };
  const data = new Proxy(target, {
    ownKeys(object) {
      reads += 1;
      if (reads > readsAllowed) {
        throw new Error('simulated storage failure');
      }
      return Reflect.ownKeys(object);
    },
  });
  chainEvents('probe', null, [newEvent(data)]);
  readsAllowed = reads;
  reads = 0;
  return data;
}

/** The event's fields as a consumer reads them, by name (deferred metadata is not an own property). */
function fieldsByName(event: RecordedEvent): RecordedEvent {
  const { streamId, revision, position, type, data, metadata, prevHash, hash } = event;
  return { streamId, revision, position, type, data, metadata, prevHash, hash };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) {
    items.push(item);
  }
  return items;
}

async function positionsOf(iterable: AsyncIterable<RecordedEvent>): Promise<number[]> {
  return (await collect(iterable)).map((event) => event.position);
}

async function countStream(store: EventStore, streamId: string): Promise<number> {
  return (await collect(store.readStream(streamId))).length;
}

function streamAndRevision(event: RecordedEvent): string {
  return `${event.streamId}@${event.revision}`;
}

function expectStrictlyIncreasing(values: number[]): void {
  values.slice(1).forEach((value, index) => expect(value).toBeGreaterThan(values[index]));
}

async function expectConflict(
  append: Promise<unknown>,
  streamId: string,
  expected: number | 'no_stream',
  actual: number | 'no_stream',
): Promise<void> {
  const error = await append.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ConcurrencyError);
  expect(error).toMatchObject({ streamId, expected, actual });
}

/** Appends `count` single events round-robin to fund-0, fund-1 and fund-2; returns them in log order. */
async function appendInterleaved(store: EventStore, count: number): Promise<RecordedEvent[]> {
  const log: RecordedEvent[] = [];
  for (let index = 0; index < count; index += 1) {
    const data = { amount: `${index + 1}.50`, index };
    const result = await store.append(`fund-${index % 3}`, [newEvent(data)], 'any');
    log.push(...result.events);
  }
  return log;
}

/**
 * About 500 bytes of JSON per event (data, metadata, hashes). Read back, each event takes roughly 1 KB of
 * heap, so a reader that kept the events would grow by about 100 MB and clearly exceed the bound.
 */
async function appendBulk(store: EventStore, count: number): Promise<void> {
  const filler = 'Winterbeleuchtung Innenstadt '.repeat(5);
  for (let start = 0; start < count; start += BULK_BATCH_SIZE) {
    const batch = Array.from({ length: BULK_BATCH_SIZE }, (_, offset) =>
      newEvent({ amount: `${start + offset}.00`, description: `${filler}${start + offset}` }),
    );
    await store.append(`fund-bulk-${(start / BULK_BATCH_SIZE) % 4}`, batch, 'any');
  }
}

/**
 * The appends the live-subscription test makes as events arrive: one while catching up, two right
 * after the last event that existed at the start (the switch to live), two once everything was delivered.
 */
async function appendOnCue(store: EventStore, receivedCount: number): Promise<unknown> {
  if (receivedCount === 1) {
    return store.append('fund-b', [newEvent()], 'any');
  }
  if (receivedCount === 3) {
    return store.append('fund-c', [newEvent(), newEvent()], 'any');
  }
  if (receivedCount === 6) {
    await new Promise((resolveLater) => setTimeout(resolveLater, 20));
    return store.append('fund-d', [newEvent(), newEvent()], 'any');
  }
  return undefined;
}

interface Collector {
  readonly events: RecordedEvent[];
  readonly finished: Promise<void>;
}

/** Consumes a subscription in the background into `events`, which the test can watch while it runs. */
function startCollecting(subscription: AsyncIterable<RecordedEvent>): Collector {
  const events: RecordedEvent[] = [];
  const finished = (async () => {
    for await (const event of subscription) {
      events.push(event);
    }
  })();
  return { events, finished };
}

async function waitUntil(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + WAIT_LIMIT_MS;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`Gave up waiting for ${what}`);
    }
    await new Promise((resolveLater) => setTimeout(resolveLater, 20));
  }
}

/** Wraps an async iterable so that waiting for more than the limit fails the test with a clear message. */
async function* withDeadline<T>(iterable: AsyncIterable<T>, what: string): AsyncIterable<T> {
  const iterator = iterable[Symbol.asyncIterator]();
  for (;;) {
    const next = await withTimeout(iterator.next(), what);
    if (next.done) {
      return;
    }
    yield next.value;
  }
}

async function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Gave up waiting for ${what}`)), WAIT_LIMIT_MS);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

interface StreamingRead {
  readonly count: number;
  readonly positionsOutOfOrder: number;
  /** Largest live heap (after a forced collection) seen during the read, minus the live heap before it. */
  readonly heapGrowthBytes: number;
}

async function measureStreamingRead(store: EventStore): Promise<StreamingRead> {
  const collectGarbage = garbageCollector();
  collectGarbage();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  let count = 0;
  let lastPosition = 0;
  let positionsOutOfOrder = 0;
  for await (const event of store.readAll()) {
    positionsOutOfOrder += event.position > lastPosition ? 0 : 1;
    lastPosition = event.position;
    count += 1;
    if (count % 10_000 === 0) {
      collectGarbage();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
  }
  return { count, positionsOutOfOrder, heapGrowthBytes: peak - baseline };
}

/** A forced full garbage collection, so heap samples measure live memory rather than pending garbage. */
function garbageCollector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
