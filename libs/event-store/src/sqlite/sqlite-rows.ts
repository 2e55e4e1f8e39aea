/**
 * How rows of the SQLite events table become recorded events. Statements return rows as arrays
 * (`raw()`), read by index: destructuring would go through the array iterator for every event read.
 */
import { UnreadableEventError } from '../errors';
import type { EventMetadata, JsonObject, RecordedEvent } from '../event-store.port';

/** The columns every read selects, in this order. Reads of one stream know its id and do not select it. */
export const EVENT_COLUMNS = 'position, revision, type, data, metadata, prev_hash, hash';

/** A row as `raw()` statements return `EVENT_COLUMNS`, possibly followed by further columns. */
export type EventRow = readonly [number, number, string, string, string, string, string, ...unknown[]];

/** A row of a read of the whole log: `EVENT_COLUMNS`, then the stream id. */
export type LogRow = [number, number, string, string, string, string, string, string];

export function toRecordedEvent(streamId: string, row: EventRow): RecordedEvent {
  const position = row[0];
  return {
    streamId,
    revision: row[1],
    position,
    type: row[2],
    data: parseStoredJson(row[3], position, 'data'),
    metadata: parseStoredJson(row[4], position, 'metadata'),
    prevHash: row[5],
    hash: row[6],
  };
}

/** An event of a read of the whole log, whose rows end with the stream id. */
export function toLogEvent(row: LogRow): RecordedEvent {
  return toRecordedEvent(row[7], row);
}

export function toEventWithDeferredMetadata(row: LogRow): RecordedEvent {
  return new EventWithDeferredMetadata(row);
}

/**
 * A recorded event whose metadata is parsed when it is first read. The metadata is close to half of what
 * a fund event stores, and a projection rebuilding the log reads it for few events; not parsing the rest
 * (nor keeping the objects parsing makes) is most of what lets a rebuild keep pace with a bare read.
 *
 * `metadata` is an accessor of the class, not an own property: reading it by name and `JSON.stringify`
 * give what an eagerly parsed event gives, but spreading the event or listing its keys leave it out.
 * Only subscriptions that ask for it (`deferMetadata`) deliver such events.
 */
class EventWithDeferredMetadata implements RecordedEvent {
  readonly streamId: string;
  readonly revision: number;
  readonly position: number;
  readonly type: string;
  readonly data: JsonObject;
  readonly prevHash: string;
  readonly hash: string;
  readonly #metadataText: string;
  #metadata: EventMetadata | undefined;

  constructor(row: LogRow) {
    this.streamId = row[7];
    this.revision = row[1];
    this.position = row[0];
    this.type = row[2];
    this.data = parseStoredJson(row[3], row[0], 'data');
    this.prevHash = row[5];
    this.hash = row[6];
    this.#metadataText = row[4];
  }

  /** Throws `UnreadableEventError` when the stored metadata is not valid JSON, as an eager read would. */
  get metadata(): EventMetadata {
    this.#metadata ??= parseStoredJson<EventMetadata>(this.#metadataText, this.position, 'metadata');
    return this.#metadata;
  }

  /** The same JSON, key for key, as an eagerly parsed event. */
  toJSON(): RecordedEvent {
    const { streamId, revision, position, type, data, metadata, prevHash, hash } = this;
    return { streamId, revision, position, type, data, metadata, prevHash, hash };
  }
}

function parseStoredJson<T>(text: string, position: number, column: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new UnreadableEventError(position, `${column} is not valid JSON (${(error as Error).message})`);
  }
}
