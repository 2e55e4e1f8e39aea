/**
 * The event store port: the one interface every storage adapter implements and every caller uses.
 * Adapters persist; the hash chain is computed above them (see `hash-chain.ts`), so every adapter
 * produces the same chain for the same history.
 */

/** JSON value as stored: amounts are decimal strings, never numbers. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** `'no_stream'`: the stream must not exist; `'any'`: no check; a number: the stream's last revision. */
export type ExpectedRevision = number | 'no_stream' | 'any';

export interface EventActor {
  readonly subject: string;
  readonly role: string;
}

/** Who did it and why, carried by every event and covered by its hash. */
export interface EventMetadata {
  readonly actor: EventActor;
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string;
  /** ISO-8601 UTC instant at which the command was accepted. */
  readonly recordedAt: string;
}

export interface NewEvent {
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: EventMetadata;
}

export interface RecordedEvent extends NewEvent {
  readonly streamId: string;
  /** 0-based position of the event inside its stream. */
  readonly revision: number;
  /** Position in the global log; strictly increasing in commit order, not necessarily dense. */
  readonly position: number;
  readonly prevHash: string;
  readonly hash: string;
}

export interface AppendResult {
  /** Revision of the last event appended (the stream's new head). */
  readonly nextExpectedRevision: number;
  /** Global position of the last event appended. */
  readonly lastPosition: number;
  readonly events: readonly RecordedEvent[];
}

export interface ReadStreamOptions {
  readonly fromRevision?: number;
  /** Inclusive. */
  readonly toRevision?: number;
  readonly batchSize?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. Default: from the start. */
  readonly afterPosition?: number;
  /** Inclusive upper bound. */
  readonly toPosition?: number;
  readonly batchSize?: number;
  /**
   * Refuse, with `DuplicateMemberNameError`, an event whose stored JSON text names a member twice, which
   * a parser silently reads one way and another reader another (verification asks for it). Stores that
   * keep the text (SQLite, PostgreSQL) check it; EventStoreDB hands over parsed JSON only and cannot.
   */
  readonly rejectDuplicateMemberNames?: boolean;
}

export interface SubscribeOptions {
  /** Exclusive: deliver events strictly after this position. Default: from the start. */
  readonly afterPosition?: number;
  readonly batchSize?: number;
  /**
   * Lets the store parse an event's metadata only when `metadata` is first read, for consumers that read
   * the metadata of few events (a projection rebuilding from position 0). The store may then deliver
   * `metadata` as an accessor rather than an own property: read it by name or serialise the event with
   * `JSON.stringify`, both of which give the same as ever, but do not spread the event or list its keys
   * to get it. A store may parse eagerly all the same (EventStoreDB does). Default: false.
   */
  readonly deferMetadata?: boolean;
}

/** A catch-up subscription: iterate it; `close()` ends the iteration. */
export interface Subscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

export interface EventStore {
  /** Appends the batch atomically or not at all; throws `ConcurrencyError` on a revision mismatch. */
  append(
    streamId: string,
    events: readonly NewEvent[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult>;
  /** The stream's events in revision order, read in bounded batches. Empty if the stream does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;
  /** The global log in position order, read in bounded batches. */
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  /** Catches up from a position, then delivers new events live, with no gap and no duplicate. */
  subscribeToAll(options?: SubscribeOptions): Subscription;
  /** Position of the last committed event in the global log; 0 when the log is empty. */
  headPosition(): Promise<number>;
  /**
   * True when the store answers a trivial query (for readiness checks). Rejects with
   * `StoreAccessDeniedError` when it answers but refuses the service's credentials, naming what to grant.
   */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
