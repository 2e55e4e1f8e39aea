import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  excludeSystemEvents,
  FORWARDS,
  START,
  StreamNotFoundError,
  streamNameFilter,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type AppendResult as EventStoreDbAppendResult,
  type Position,
} from '@eventstore/db-client';
import { APPEND_ATTEMPTS_MAX, backOffAfterLoss } from '../append-retries';
import { ConcurrencyError } from '../errors';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';
import { assertValidBatch, chainEvents, checkExpectedRevision, type StreamHead } from '../hash-chain';
import type { EventStoreConfig } from '../store-config';
import {
  clientConnectionString,
  concurrencyErrorFrom,
  EventStoreDbStreamNames,
  expectedRevisionForAppend,
  recordedEventFrom,
  safeNumber,
  streamHeadFrom,
  toEventData,
} from './eventstoredb-mapping';

export type EventStoreDbEventStoreConfig = Extract<EventStoreConfig, { kind: 'eventstoredb' }>;

export interface EventStoreDbEventStoreOptions {
  /** Events per read request. */
  readonly batchSize?: number;
}

const DEFAULT_BATCH_SIZE = 500;
const MAX_BATCH_SIZE = 4_096;
const PING_DEADLINE_MS = 5_000;

type ChainedEvents = ReturnType<typeof chainEvents>;

/** Connects to EventStoreDB (or KurrentDB) as described by the configuration; the connection opens lazily. */
export async function openEventStoreDbEventStore(
  config: EventStoreDbEventStoreConfig,
  options: EventStoreDbEventStoreOptions = {},
): Promise<EventStore> {
  const names = new EventStoreDbStreamNames(config.streamPrefix);
  const client = EventStoreDBClient.connectionString(clientConnectionString(config.connectionString));
  return new EventStoreDbEventStore(client, names, boundedBatchSize(options.batchSize));
}

class EventStoreDbEventStore implements EventStore {
  private readonly subscriptions = new Set<EventStoreDbSubscription>();

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly names: EventStoreDbStreamNames,
    private readonly batchSize: number,
  ) {}

  /**
   * Reads the stream head, chains the batch onto it and appends with that exact head as the expected
   * revision. For a number or `'no_stream'` a refusal is the caller's conflict; for `'any'` it only
   * means another writer appended first, so the batch is chained again onto the new head.
   */
  async append(
    streamId: string,
    events: readonly NewEvent[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult> {
    assertValidBatch(streamId, events);
    const streamName = this.names.toEventStoreDb(streamId);
    let head: StreamHead | null = null;
    for (let attempt = 1; attempt <= APPEND_ATTEMPTS_MAX; attempt += 1) {
      head = await this.readHead(streamName);
      checkExpectedRevision(streamId, expectedRevision, head);
      const chained = chainEvents(streamId, head, events);
      try {
        const result = await this.client.appendToStream(streamName, chained.map(toEventData), {
          expectedRevision: expectedRevisionForAppend(head),
        });
        return await this.appendResult(streamName, chained, result);
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        if (expectedRevision !== 'any') throw concurrencyErrorFrom(error, streamId, expectedRevision);
        await backOffAfterLoss(attempt);
      }
    }
    throw new ConcurrencyError(streamId, expectedRevision, head?.revision ?? 'no_stream');
  }

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    const streamName = this.names.toEventStoreDb(streamId);
    const batchSize = boundedBatchSize(options.batchSize ?? this.batchSize);
    const toRevision = options.toRevision ?? Number.MAX_SAFE_INTEGER;
    let fromRevision = options.fromRevision ?? 0;
    while (fromRevision <= toRevision) {
      const page = await this.readStreamPage(streamName, fromRevision, batchSize);
      for (const event of page) {
        if (event.revision > toRevision) return;
        yield event;
      }
      const last = page[page.length - 1];
      if (page.length < batchSize || !last) return;
      fromRevision = last.revision + 1;
    }
  }

  /**
   * Pages through `$all` in log order, keeping only this ledger's events. Each page after the first
   * starts at the last record read (whether or not it was the ledger's); a read from a position may
   * return that record again, so one extra record is asked for and records not after it are dropped.
   */
  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const batchSize = boundedBatchSize(options.batchSize ?? this.batchSize);
    const toPosition = options.toPosition ?? Number.MAX_SAFE_INTEGER;
    let afterPosition = options.afterPosition ?? 0;
    let from: Position | typeof START = afterPosition === 0 ? START : exactPosition(afterPosition);
    for (;;) {
      const maxCount = from === START ? batchSize : batchSize + 1;
      const page: AllStreamResolvedEvent[] = await this.readAllPage(from, maxCount);
      for (const resolved of page) {
        const event = recordedEventFrom(resolved, this.names);
        if (!event || event.position <= afterPosition) continue;
        if (event.position > toPosition) return;
        yield event;
        afterPosition = event.position;
      }
      const lastRecord: Position | undefined = page[page.length - 1]?.event?.position;
      if (page.length < maxCount || !lastRecord) return;
      from = lastRecord;
    }
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    const afterPosition = options.afterPosition ?? 0;
    const prefixes = this.names.filterPrefixes;
    const source = this.client.subscribeToAll({
      fromPosition: afterPosition === 0 ? START : exactPosition(afterPosition),
      filter: prefixes ? streamNameFilter({ prefixes }) : excludeSystemEvents(),
    });
    const subscription = new EventStoreDbSubscription(source, this.names, afterPosition, (closed) =>
      this.subscriptions.delete(closed),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  /** Scans `$all` backwards to the ledger's last event; on a shared server that may pass other streams' events. */
  async headPosition(): Promise<number> {
    let from: Position | typeof END = END;
    for (;;) {
      const maxCount = from === END ? this.batchSize : this.batchSize + 1;
      const page: AllStreamResolvedEvent[] = await this.collect(
        this.client.readAll({ direction: BACKWARDS, fromPosition: from, maxCount }),
      );
      for (const resolved of page) {
        const event = recordedEventFrom(resolved, this.names);
        if (event) return event.position;
      }
      const lastRecord: Position | undefined = page[page.length - 1]?.event?.position;
      if (page.length < maxCount || !lastRecord) return 0;
      from = lastRecord;
    }
  }

  async ping(): Promise<boolean> {
    try {
      await this.collect(this.client.readAll({ maxCount: 1, deadline: PING_DEADLINE_MS }));
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.client.dispose();
  }

  private async readHead(streamName: string): Promise<StreamHead | null> {
    const [last] = await this.readStreamEvents(streamName, {
      direction: BACKWARDS,
      fromRevision: END,
      maxCount: 1,
    });
    return last ? streamHeadFrom(last) : null;
  }

  private readStreamPage(
    streamName: string,
    fromRevision: number,
    maxCount: number,
  ): Promise<RecordedEvent[]> {
    return this.readStreamEvents(streamName, {
      direction: FORWARDS,
      fromRevision: BigInt(fromRevision),
      maxCount,
    });
  }

  /** A stream read; a stream that does not exist reads as empty, as the port requires. */
  private async readStreamEvents(
    streamName: string,
    options: {
      direction: typeof FORWARDS | typeof BACKWARDS;
      fromRevision: bigint | typeof END;
      maxCount: number;
    },
  ): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamName, options)) {
        const event = recordedEventFrom(resolved, this.names);
        if (event) events.push(event);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  private readAllPage(from: Position | typeof START, maxCount: number): Promise<AllStreamResolvedEvent[]> {
    return this.collect(this.client.readAll({ direction: FORWARDS, fromPosition: from, maxCount }));
  }

  private async collect<T>(source: AsyncIterable<T>): Promise<T[]> {
    const items: T[] = [];
    for await (const item of source) items.push(item);
    return items;
  }

  /**
   * A single event's position is the one the append reports. A batch's events each have their own
   * position, which only a read returns: the appended revisions are read back from the stream.
   */
  private async appendResult(
    streamName: string,
    chained: ChainedEvents,
    result: EventStoreDbAppendResult,
  ): Promise<AppendResult> {
    const first = chained[0];
    const last = chained[chained.length - 1];
    if (!first || !last) throw new Error('An append of at least one event recorded none');
    if (chained.length === 1 && result.position) {
      const position = safeNumber(result.position.commit, 'commit position');
      return {
        nextExpectedRevision: last.revision,
        lastPosition: position,
        events: [{ ...first, position }],
      };
    }
    const stored = await this.readStreamPage(streamName, first.revision, chained.length);
    const events = chained.map((event, index) => {
      const match = stored[index];
      if (!match || match.revision !== event.revision || match.hash !== event.hash) {
        throw new Error(`Appended event ${streamName}@${event.revision} could not be read back`);
      }
      return { ...event, position: match.position };
    });
    return { nextExpectedRevision: last.revision, lastPosition: events[events.length - 1]!.position, events };
  }
}

/**
 * Wraps EventStoreDB's catch-up subscription, which already switches from catching up to live on the
 * server without gap or repeat; this only translates events and drops those at or before the start.
 */
class EventStoreDbSubscription implements Subscription {
  private closed = false;

  constructor(
    private readonly source: ReturnType<EventStoreDBClient['subscribeToAll']>,
    private readonly names: EventStoreDbStreamNames,
    private readonly afterPosition: number,
    private readonly onClosed: (subscription: EventStoreDbSubscription) => void,
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    try {
      for await (const resolved of this.source) {
        if (this.closed) return;
        const event = recordedEventFrom(resolved, this.names);
        if (event && event.position > this.afterPosition) yield event;
      }
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.onClosed(this);
    await this.source.unsubscribe();
  }
}

/** The `$all` position of one of the ledger's events, whose commit and prepare positions coincide. */
function exactPosition(position: number): Position {
  return { commit: BigInt(position), prepare: BigInt(position) };
}

function boundedBatchSize(requested: number | undefined): number {
  const size = requested ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`Batch size must be a positive integer, got ${size}`);
  return Math.min(size, MAX_BATCH_SIZE);
}
