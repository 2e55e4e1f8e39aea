import {
  AccessDeniedError,
  BACKWARDS,
  DeadlineExceededError,
  END,
  EventStoreDBClient,
  excludeSystemEvents,
  FORWARDS,
  MaxAppendSizeExceededError,
  metastreamOf,
  NotLeaderError,
  START,
  StreamDeletedError,
  StreamNotFoundError,
  streamNameFilter,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type AppendResult as EventStoreDbAppendResult,
  type Position,
  type ResolvedEvent,
  type StreamingRead,
} from '@eventstore/db-client';
import { parseConnectionString } from '@eventstore/db-client/dist/Client/parseConnectionString';
import { setTimeout as sleep } from 'node:timers/promises';
import { APPEND_ATTEMPTS_MAX, backOffAfterLoss } from '../append-retries';
import { ConcurrencyError, StoreAccessDeniedError } from '../errors';
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
import { AppendUnconfirmedError, StreamHistoryHiddenError } from './eventstoredb-errors';
import {
  accessDeniedError,
  appendTooLargeError,
  clientConnectionString,
  concurrencyErrorFrom,
  EventStoreDbStreamNames,
  expectedRevisionForAppend,
  hiddenHistoryReason,
  mayResendAppend,
  recordedEventFrom,
  safeNumber,
  streamHeadFrom,
  toEventData,
  type AccessTarget,
} from './eventstoredb-mapping';

export type EventStoreDbEventStoreConfig = Extract<EventStoreConfig, { kind: 'eventstoredb' }>;

export interface EventStoreDbEventStoreOptions {
  /** Events per read request. */
  readonly batchSize?: number;
  /**
   * Pauses before each resend of a batch whose append got no answer (time-out, lost connection, leader
   * change); their number bounds the resends. Default: 250, 500 and 1,000 ms, long enough for a leader
   * election to finish.
   */
  readonly resendPausesMs?: readonly number[];
}

const DEFAULT_BATCH_SIZE = 500;
const MAX_BATCH_SIZE = 4_096;
const DEFAULT_RESEND_PAUSES_MS = [250, 500, 1_000];
/** The client's default deadline per call; `defaultDeadline` in the connection string sets another, here too. */
const DEFAULT_DEADLINE_MS = 10_000;
/** Shorter than the readiness check's 2 s, so a hanging server makes the ping answer false in time. */
const PING_DEADLINE_MS = 1_500;
/**
 * The batch append call itself has no deadline in the client (its deadline travels in the request, for the
 * server to keep); this margin on top lets the server's own time-out answer arrive first.
 */
const APPEND_ANSWER_MARGIN_MS = 1_000;
/** A read refused by a node that is no longer the leader is sent again this often, to the leader it named. */
const LEADER_REDIRECTS_MAX = 3;
/** Every request goes to the leader: a follower may lag behind it, and the command path must not. */
const LEADER = { requiresLeader: true } as const;
const ALL_STREAM: AccessTarget = { all: true };

type ChainedEvents = ReturnType<typeof chainEvents>;

/** Connects to EventStoreDB (or KurrentDB) as described by the configuration; the connection opens lazily. */
export async function openEventStoreDbEventStore(
  config: EventStoreDbEventStoreConfig,
  options: EventStoreDbEventStoreOptions = {},
): Promise<EventStore> {
  const names = new EventStoreDbStreamNames(config.streamPrefix);
  const connectionString = clientConnectionString(config.connectionString);
  const client = EventStoreDBClient.connectionString(connectionString);
  return new EventStoreDbEventStore(client, names, {
    batchSize: boundedBatchSize(options.batchSize),
    deadlineMs: parseConnectionString(connectionString).defaultDeadline ?? DEFAULT_DEADLINE_MS,
    resendPausesMs: options.resendPausesMs ?? DEFAULT_RESEND_PAUSES_MS,
  });
}

interface Settings {
  readonly batchSize: number;
  readonly deadlineMs: number;
  readonly resendPausesMs: readonly number[];
}

class EventStoreDbEventStore implements EventStore {
  private readonly subscriptions = new Set<EventStoreDbSubscription>();

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly names: EventStoreDbStreamNames,
    private readonly settings: Settings,
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
      head = await this.readHead(streamId, streamName);
      checkExpectedRevision(streamId, expectedRevision, head);
      const chained = chainEvents(streamId, head, events);
      try {
        const sent = await this.sendBatch(streamId, streamName, chained, head);
        return await this.appendResult(streamName, chained, sent);
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
    const batchSize = boundedBatchSize(options.batchSize ?? this.settings.batchSize);
    const toRevision = options.toRevision ?? Number.MAX_SAFE_INTEGER;
    let fromRevision = options.fromRevision ?? 0;
    while (fromRevision <= toRevision) {
      const page = await this.readStreamPage(streamId, streamName, fromRevision, batchSize);
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
    const batchSize = boundedBatchSize(options.batchSize ?? this.settings.batchSize);
    const toPosition = options.toPosition ?? Number.MAX_SAFE_INTEGER;
    let afterPosition = options.afterPosition ?? 0;
    let from: Position | typeof START = afterPosition === 0 ? START : exactPosition(afterPosition);
    for (;;) {
      const maxCount = from === START ? batchSize : batchSize + 1;
      const page = await this.readAllPage(FORWARDS, from, maxCount);
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

  /** Live by nature, so without a deadline; gRPC keep-alive notices a connection that died. */
  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    const afterPosition = options.afterPosition ?? 0;
    const prefixes = this.names.filterPrefixes;
    const source = this.client.subscribeToAll({
      fromPosition: afterPosition === 0 ? START : exactPosition(afterPosition),
      filter: prefixes ? streamNameFilter({ prefixes }) : excludeSystemEvents(),
      ...LEADER,
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
      const maxCount = from === END ? this.settings.batchSize : this.settings.batchSize + 1;
      const page = await this.readAllPage(BACKWARDS, from, maxCount);
      for (const resolved of page) {
        const event = recordedEventFrom(resolved, this.names);
        if (event) return event.position;
      }
      const lastRecord: Position | undefined = page[page.length - 1]?.event?.position;
      if (page.length < maxCount || !lastRecord) return 0;
      from = lastRecord;
    }
  }

  /** False when the server does not answer in time; a refusal of the service's user is thrown, naming the right. */
  async ping(): Promise<boolean> {
    try {
      await this.readAllPage(FORWARDS, START, 1, Math.min(PING_DEADLINE_MS, this.settings.deadlineMs));
      return true;
    } catch (error) {
      if (error instanceof StoreAccessDeniedError) throw error;
      return false;
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.client.dispose();
  }

  /**
   * The stream's last event. A stream that reads as absent may still hold events the server hides (a soft
   * delete is answered with "not found", yet the next append is stored after the old last event), so its
   * metadata is checked before anything is chained as its first event.
   */
  private async readHead(streamId: string, streamName: string): Promise<StreamHead | null> {
    const [last] = await this.readStreamEvents(streamId, streamName, {
      direction: BACKWARDS,
      fromRevision: END,
      maxCount: 1,
    });
    if (last) return streamHeadFrom(last);
    const [metadata] = await this.readFromLeader({ stream: streamId }, () =>
      this.client.readStream(metastreamOf(streamName), {
        direction: BACKWARDS,
        fromRevision: END,
        maxCount: 1,
        ...LEADER,
      }),
    ).catch(emptyWhenNotFound);
    const reason = hiddenHistoryReason(metadata?.event?.data);
    if (reason !== null) throw new StreamHistoryHiddenError(streamId, reason);
    return null;
  }

  private readStreamPage(
    streamId: string,
    streamName: string,
    fromRevision: number,
    maxCount: number,
  ): Promise<RecordedEvent[]> {
    return this.readStreamEvents(streamId, streamName, {
      direction: FORWARDS,
      fromRevision: BigInt(fromRevision),
      maxCount,
    });
  }

  /** A stream read; a stream that does not exist reads as empty, as the port requires. */
  private async readStreamEvents(
    streamId: string,
    streamName: string,
    options: {
      direction: typeof FORWARDS | typeof BACKWARDS;
      fromRevision: bigint | typeof END;
      maxCount: number;
    },
  ): Promise<RecordedEvent[]> {
    const page = await this.readFromLeader({ stream: streamId }, () =>
      this.client.readStream(streamName, { ...options, ...LEADER }),
    ).catch((error: unknown) => {
      if (error instanceof StreamDeletedError) {
        throw new StreamHistoryHiddenError(streamId, 'was deleted for good (tombstoned)');
      }
      return emptyWhenNotFound(error);
    });
    return page.flatMap((resolved) => recordedEventFrom(resolved, this.names) ?? []);
  }

  private readAllPage(
    direction: typeof FORWARDS | typeof BACKWARDS,
    from: Position | typeof START | typeof END,
    maxCount: number,
    deadlineMs = this.settings.deadlineMs,
  ): Promise<AllStreamResolvedEvent[]> {
    return this.readFromLeader(
      ALL_STREAM,
      () => this.client.readAll({ direction, fromPosition: from, maxCount, ...LEADER }),
      deadlineMs,
    );
  }

  /**
   * Runs a read within the deadline. A node that is no longer the leader refuses it, and the client
   * reconnects to the leader that node named, so the read is sent again; a refusal of the service's user
   * becomes the port's error, naming what it lacks.
   */
  private async readFromLeader<E>(
    target: AccessTarget,
    startRead: () => StreamingRead<E>,
    deadlineMs = this.settings.deadlineMs,
  ): Promise<E[]> {
    for (let redirects = 0; ; redirects += 1) {
      try {
        return await collectWithin(startRead(), deadlineMs);
      } catch (error) {
        if (error instanceof AccessDeniedError) throw accessDeniedError(target);
        if (!(error instanceof NotLeaderError) || redirects === LEADER_REDIRECTS_MAX) throw error;
      }
    }
  }

  /**
   * Sends the chained batch with the exact revision it was chained from. When the answer is lost (a
   * time-out, a dropped connection, a leader change) the batch may or may not stand, so the identical
   * batch is sent again, with the same event ids and the same expected revision: the server recognises
   * events already standing right after that revision as written and confirms them, or refuses the
   * batch as a wrong expected version when they do not stand and another writer came first. When the
   * pauses are used up, the outcome stays unknown.
   */
  private async sendBatch(
    streamId: string,
    streamName: string,
    chained: ChainedEvents,
    head: StreamHead | null,
  ): Promise<SentBatch> {
    const batch = chained.map(toEventData);
    const options = {
      expectedRevision: expectedRevisionForAppend(head),
      deadline: this.settings.deadlineMs,
      ...LEADER,
    };
    for (let resends = 0; ; resends += 1) {
      try {
        const appending = this.client.appendToStream(streamName, batch, options);
        const result = await settleWithin(appending, this.settings.deadlineMs + APPEND_ANSWER_MARGIN_MS);
        return { result, resent: resends > 0 };
      } catch (error) {
        if (error instanceof MaxAppendSizeExceededError) throw appendTooLargeError(error, batch);
        if (error instanceof AccessDeniedError) throw accessDeniedError({ stream: streamId });
        if (error instanceof StreamDeletedError) {
          throw new StreamHistoryHiddenError(streamId, 'was deleted for good (tombstoned)');
        }
        if (!mayResendAppend(error)) throw error;
        const pauseMs = this.settings.resendPausesMs[resends];
        if (pauseMs === undefined) throw this.unconfirmed(streamId, chained, resends + 1, error);
        await sleep(pauseMs);
      }
    }
  }

  private unconfirmed(streamId: string, chained: ChainedEvents, attempts: number, cause: unknown) {
    return new AppendUnconfirmedError(
      streamId,
      chained[0]!.revision,
      chained[chained.length - 1]!.revision,
      attempts,
      cause,
    );
  }

  /**
   * A single event's position is the one the append reports, when the first attempt was answered. A
   * batch's events each have their own position, which only a read returns, and a resent batch may have
   * been confirmed as already written: then the appended revisions are read back from the stream.
   */
  private async appendResult(
    streamName: string,
    chained: ChainedEvents,
    sent: SentBatch,
  ): Promise<AppendResult> {
    const first = chained[0];
    const last = chained[chained.length - 1];
    if (!first || !last) throw new Error('An append of at least one event recorded none');
    if (chained.length === 1 && sent.result.position && !sent.resent) {
      const position = safeNumber(sent.result.position.commit, 'commit position');
      return {
        nextExpectedRevision: last.revision,
        lastPosition: position,
        events: [{ ...first, position }],
      };
    }
    const stored = await this.readStreamPage(first.streamId, streamName, first.revision, chained.length);
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

interface SentBatch {
  readonly result: EventStoreDbAppendResult;
  /** Whether the batch had to be sent again, so that its answer may confirm an earlier attempt. */
  readonly resent: boolean;
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
    } catch (error) {
      if (error instanceof AccessDeniedError) throw accessDeniedError(ALL_STREAM);
      throw error;
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

/**
 * Collects a read, cancelling it when it has not ended within `deadlineMs`. The client sends every read
 * without a deadline whatever its options say (it sets the call's deadline to Infinity), so the deadline
 * is kept here.
 */
function collectWithin<E>(read: StreamingRead<E>, deadlineMs: number): Promise<E[]> {
  return settleWithin(collect(read), deadlineMs, () => {
    void read.cancel();
    read.destroy();
  });
}

async function collect<E>(source: AsyncIterable<E>): Promise<E[]> {
  const items: E[] = [];
  for await (const item of source) items.push(item);
  return items;
}

/** The work's result, or the client's own deadline error when it has not settled within `deadlineMs`. */
async function settleWithin<T>(work: Promise<T>, deadlineMs: number, onExpiry?: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onExpiry?.();
      reject(new DeadlineExceededError(undefined, `EventStoreDB did not answer within ${deadlineMs} ms`));
    }, deadlineMs);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

function emptyWhenNotFound(error: unknown): ResolvedEvent[] {
  if (error instanceof StreamNotFoundError) return [];
  throw error;
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
