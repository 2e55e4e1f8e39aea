/**
 * How rows of the SQLite events table become recorded events. Statements return rows as arrays
 * (`raw()`), read by index: destructuring would go through the array iterator for every event read.
 */
import type { RecordedEvent } from '../event-store.port';
import { EventWithDeferredMetadata, parseStoredJson } from '../stored-json';

/** The columns every read selects, in this order. Reads of one stream know its id and do not select it. */
export const SQLITE_EVENT_COLUMNS = 'position, revision, type, data, metadata, prev_hash, hash';

/** A row as `raw()` statements return `SQLITE_EVENT_COLUMNS`, possibly followed by further columns. */
export type SqliteEventRow = readonly [number, number, string, string, string, string, string, ...unknown[]];

/** A row of a read of the whole log: `SQLITE_EVENT_COLUMNS`, then the stream id. */
export type LogRow = [number, number, string, string, string, string, string, string];

export function toRecordedEvent(streamId: string, row: SqliteEventRow): RecordedEvent {
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
  return new EventWithDeferredMetadata(row[7], row[1], row[0], row[2], row[3], row[4], row[5], row[6]);
}
