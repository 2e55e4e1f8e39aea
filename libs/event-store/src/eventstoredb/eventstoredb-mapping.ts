/**
 * Pure translation between the ledger's event store port and the EventStoreDB client: stream names,
 * revisions and positions (bigint in the client, number in the port), expected revisions, errors, and
 * the envelope in which the hash chain travels inside EventStoreDB's event metadata.
 */
import {
  CancelledError,
  DeadlineExceededError,
  jsonEvent,
  NO_STREAM,
  NotLeaderError,
  TimeoutError,
  UnavailableError,
  type AllStreamResolvedEvent,
  type EventData,
  type MaxAppendSizeExceededError,
  type ResolvedEvent,
  type WrongExpectedVersionError,
} from '@eventstore/db-client';
import { ConcurrencyError, InvalidEventError, StoreAccessDeniedError, UnreadableEventError } from '../errors';
import type { EventMetadata, ExpectedRevision, JsonObject, RecordedEvent } from '../event-store.port';
import type { StreamHead } from '../hash-chain';

/** The prefix is joined to stream ids with this character, so one prefix can never match another's streams. */
const PREFIX_SEPARATOR = '/';
const PREFIX_PATTERN = /^[A-Za-z0-9_.-]{1,100}$/;
/** EventStoreDB reserves stream names that start with `$` for its own system streams. */
const SYSTEM_STREAM_MARK = '$';
/** Marks the metadata envelope this adapter writes; a future layout would carry another number. */
const ENVELOPE_VERSION = 1;
/**
 * The position EventStoreDB sends for an event it knows none for (`Position.FromInt64(-1, -1)` in the
 * server's `Streams.Read.cs`): 2^64 − 1. Servers before 22.6 send it for every event read from a stream.
 */
const NO_POSITION = 2n ** 64n - 1n;
/**
 * A soft delete sets the stream's truncate-before to `EventNumber.DeletedStream` (long.MaxValue), which
 * JSON parsing rounds; no real revision comes near 2^53.
 */
const SOFT_DELETED_TRUNCATE_BEFORE = 2 ** 53;

/**
 * KurrentDB (the renamed EventStoreDB) documents `kurrentdb://` and `kurrent://` connection strings with the
 * same parameters; this client version parses only the `esdb` schemes, so the scheme is translated.
 */
const CONNECTION_SCHEME_ALIASES: ReadonlyArray<readonly [alias: string, scheme: string]> = [
  ['kurrentdb+discover://', 'esdb+discover://'],
  ['kurrent+discover://', 'esdb+discover://'],
  ['kurrentdb://', 'esdb://'],
  ['kurrent://', 'esdb://'],
];

export function clientConnectionString(connectionString: string): string {
  const lowerCase = connectionString.toLowerCase();
  for (const [alias, scheme] of CONNECTION_SCHEME_ALIASES) {
    if (lowerCase.startsWith(alias)) return `${scheme}${connectionString.slice(alias.length)}`;
  }
  return connectionString;
}

/** Maps ledger stream ids to EventStoreDB stream names and recognises which stored streams belong to the ledger. */
export class EventStoreDbStreamNames {
  private readonly namePrefix: string;

  constructor(prefix?: string) {
    if (prefix !== undefined && !PREFIX_PATTERN.test(prefix)) {
      throw new Error(
        `EventStoreDB stream prefix "${prefix}" is not allowed: use 1 to 100 letters, digits, "_", "." or "-"`,
      );
    }
    this.namePrefix = prefix === undefined ? '' : `${prefix}${PREFIX_SEPARATOR}`;
  }

  /** Prefixes to give EventStoreDB's server-side filter, or none when the ledger owns every user stream. */
  get filterPrefixes(): string[] | null {
    return this.namePrefix === '' ? null : [this.namePrefix];
  }

  toEventStoreDb(streamId: string): string {
    if (this.namePrefix === '' && streamId.startsWith(SYSTEM_STREAM_MARK)) {
      throw new Error(`Stream id "${streamId}" would name an EventStoreDB system stream; configure a prefix`);
    }
    return `${this.namePrefix}${streamId}`;
  }

  /** The ledger stream id of an EventStoreDB stream, or null for system streams and other prefixes' streams. */
  toLedger(streamName: string): string | null {
    if (streamName.startsWith(SYSTEM_STREAM_MARK)) return null;
    if (!streamName.startsWith(this.namePrefix)) return null;
    const streamId = streamName.slice(this.namePrefix.length);
    return streamId === '' ? null : streamId;
  }
}

/** Converts a client bigint to a number, refusing values a JS number cannot hold exactly. */
export function safeNumber(value: bigint, what: 'revision' | 'commit position'): number {
  if (value < 0n || value > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(
      `EventStoreDB ${what} ${value.toString()} is outside 0..${Number.MAX_SAFE_INTEGER}, ` +
        'the range the ledger can represent exactly',
    );
  }
  return Number(value);
}

/**
 * The expected revision to send with an append. The append always names the exact head it chained
 * from, even for `'any'`: EventStoreDB then refuses the write if another writer got in between, so two
 * writers can never both link to the same previous event and fork the chain. EventStoreDB's own `ANY`
 * is therefore never sent. For a number or `'no_stream'`, the head has already been checked against it.
 */
export function expectedRevisionForAppend(head: StreamHead | null): bigint | typeof NO_STREAM {
  return head === null ? NO_STREAM : BigInt(head.revision);
}

/** The port's concurrency error for a refused append, carrying the stream's actual revision. */
export function concurrencyErrorFrom(
  error: WrongExpectedVersionError,
  streamId: string,
  expected: ExpectedRevision,
): ConcurrencyError {
  const actual =
    error.actualVersion === NO_STREAM ? 'no_stream' : safeNumber(error.actualVersion, 'revision');
  return new ConcurrencyError(streamId, expected, actual);
}

/** What the ledger keeps in EventStoreDB's event metadata: its own metadata and the chain links. */
type LedgerEnvelope = {
  readonly ledgerEnvelope: number;
  readonly metadata: EventMetadata;
  readonly prevHash: string;
  readonly hash: string;
  /** EventStoreDB's system projections read these two; they repeat fields of `metadata`. */
  readonly $correlationId: string;
  readonly $causationId: string;
};

export function toEventData(event: Omit<RecordedEvent, 'position'>): EventData {
  const envelope: LedgerEnvelope = {
    ledgerEnvelope: ENVELOPE_VERSION,
    metadata: event.metadata,
    prevHash: event.prevHash,
    hash: event.hash,
    $correlationId: event.metadata.correlationId,
    $causationId: event.metadata.causationId,
  };
  return jsonEvent({
    id: eventIdFromHash(event.hash),
    type: event.type,
    data: event.data,
    metadata: envelope,
  });
}

/**
 * A UUID derived from the event hash (version 8, "custom"). Resending the same chained event after a
 * lost reply therefore carries the same id, which EventStoreDB recognises as a repeat, not a new event.
 */
export function eventIdFromHash(hash: string): string {
  if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error(`Not a SHA-256 hex digest: ${hash}`);
  const variant = ((parseInt(hash.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [
    hash.slice(0, 8),
    hash.slice(8, 12),
    `8${hash.slice(13, 16)}`,
    `${variant}${hash.slice(17, 20)}`,
    hash.slice(20, 32),
  ].join('-');
}

/**
 * The port's event for a resolved EventStoreDB event, or null when the event does not belong to this
 * ledger (system streams, other prefixes). A ledger event whose content is not what this adapter
 * wrote raises `UnreadableEventError`, so verification names it instead of skipping it.
 */
export function recordedEventFrom(
  resolved: ResolvedEvent | AllStreamResolvedEvent,
  names: EventStoreDbStreamNames,
): RecordedEvent | null {
  const event = resolved.event;
  if (!event) return null;
  const streamId = names.toLedger(event.streamId);
  if (streamId === null) return null;
  const commit = event.position?.commit;
  if (commit === undefined || commit === NO_POSITION) {
    throw new Error(
      `EventStoreDB sent no log position for event ${event.streamId}@${event.revision} (it sends 2^64 − 1 ` +
        'when it has none, as servers before EventStoreDB 22.6 do for every event read from a stream); ' +
        'the ledger needs EventStoreDB 22.6 or newer, or KurrentDB',
    );
  }
  const position = safeNumber(commit, 'commit position');
  const envelope = readEnvelope(event.metadata, position);
  if (!event.isJson || !isJsonObject(event.data)) {
    throw new UnreadableEventError(position, 'its data is not a JSON object');
  }
  return {
    streamId,
    revision: safeNumber(event.revision, 'revision'),
    position,
    type: event.type,
    data: event.data,
    metadata: envelope.metadata,
    prevHash: envelope.prevHash,
    hash: envelope.hash,
  };
}

/** The head (revision and hash) recorded in the last event of a stream. */
export function streamHeadFrom(event: RecordedEvent): StreamHead {
  return { revision: event.revision, hash: event.hash };
}

/**
 * Why a stream's metadata (the data of the last event in its metadata stream) makes the server hide its
 * events, or null when it hides none. A soft delete sets `$tb` to long.MaxValue; `$tb`, `$maxCount` and
 * `$maxAge` hide events from reads as well.
 */
export function hiddenHistoryReason(metadata: unknown): string | null {
  if (!isJsonObject(metadata)) return null;
  const { $tb: truncateBefore, $maxCount: maxCount, $maxAge: maxAge } = metadata;
  if (typeof truncateBefore === 'number' && truncateBefore >= SOFT_DELETED_TRUNCATE_BEFORE) {
    return 'was soft-deleted (its metadata sets $tb to the largest revision, hiding every event)';
  }
  if (typeof truncateBefore === 'number' && truncateBefore > 0) {
    return `is truncated (its metadata hides every event before revision ${truncateBefore} with $tb)`;
  }
  if (maxCount !== undefined)
    return `has a retention limit that hides its events ($maxCount ${String(maxCount)})`;
  if (maxAge !== undefined)
    return `has a retention limit that hides its events ($maxAge ${String(maxAge)} s)`;
  return null;
}

/**
 * Errors after which the identical batch is sent again: the server's own time-outs (prepare, commit and
 * forward: ABORTED, or `Timeout` in a batch answer), the deadline, a connection that failed or a call the
 * server cancelled, after all of which the batch may or may not have been written; and a refusal by a
 * node that is no longer the leader, after which the client has reconnected to the leader it named.
 */
export function mayResendAppend(error: unknown): boolean {
  return (
    error instanceof TimeoutError ||
    error instanceof DeadlineExceededError ||
    error instanceof UnavailableError ||
    error instanceof CancelledError ||
    error instanceof NotLeaderError
  );
}

/** The port's error for a batch the server refused as larger than its maximum append size; nothing was written. */
export function appendTooLargeError(
  error: MaxAppendSizeExceededError,
  batch: readonly EventData[],
): InvalidEventError {
  const bytes = batch.reduce(
    (sum, event) =>
      sum + Buffer.byteLength(JSON.stringify(event.data)) + Buffer.byteLength(JSON.stringify(event.metadata)),
    0,
  );
  return new InvalidEventError(
    `The batch of ${batch.length} events (${bytes} bytes of data and metadata) is larger than the ` +
      `EventStoreDB server's maximum append size of ${error.maxAppendSize} bytes (its --max-append-size ` +
      'setting); nothing was written',
  );
}

/** What the ledger asked EventStoreDB for when the server refused the service's user. */
export type AccessTarget = { readonly all: true } | { readonly stream: string };

/** The port's error for a refused request, naming the permission the service's user lacks. */
export function accessDeniedError(target: AccessTarget): StoreAccessDeniedError {
  if ('all' in target) {
    return new StoreAccessDeniedError(
      "EventStoreDB refused to let the service's user read $all, which the ledger reads to follow, " +
        'export and verify its log. Under the default access control lists only members of $admins may: ' +
        "add the user to $admins, or grant it read access in $all's own ACL (see docs/eventstoredb.md)",
    );
  }
  return new StoreAccessDeniedError(
    `EventStoreDB refused the service's user access to stream ${target.stream}. The ledger needs to read, ` +
      'write and read the metadata of its streams ($r, $w and $mr; the default ACL for user streams grants ' +
      'them to every authenticated user)',
  );
}

function readEnvelope(metadata: unknown, position: number): LedgerEnvelope {
  if (!isJsonObject(metadata) || metadata.ledgerEnvelope !== ENVELOPE_VERSION) {
    throw new UnreadableEventError(position, 'its metadata is not a ledger envelope');
  }
  const envelope = metadata as unknown as LedgerEnvelope;
  if (
    !isJsonObject(envelope.metadata) ||
    typeof envelope.prevHash !== 'string' ||
    typeof envelope.hash !== 'string'
  ) {
    throw new UnreadableEventError(position, 'its ledger envelope lacks metadata, prevHash or hash');
  }
  return envelope;
}

function isJsonObject(value: unknown): value is JsonObject {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array)
  );
}
