import type { EventMetadata, JsonObject, RecordedEvent } from '../event-store.port';
import { EventWithDeferredMetadata, parseStoredJson, refuseDuplicateMembers } from '../stored-json';

/** A row of the events table as `pg` returns it: `bigint` arrives as a string, `json` already parsed. */
export interface PostgresEventRow {
  readonly position: string;
  readonly stream_id: string;
  readonly revision: number;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: EventMetadata;
  readonly prev_hash: string;
  readonly hash: string;
}

export const POSTGRES_EVENT_COLUMNS = 'position, stream_id, revision, type, data, metadata, prev_hash, hash';

/** A row as selected with `DEFERRED_METADATA_COLUMNS`: data and metadata as their stored text. */
export interface TextEventRow extends Omit<PostgresEventRow, 'data' | 'metadata'> {
  readonly data: string;
  readonly metadata: string;
}

/**
 * The same columns with data and metadata as text, which the driver hands over unparsed (`json` keeps
 * the exact text that was stored), so that the metadata is parsed only if it is read.
 */
export const DEFERRED_METADATA_COLUMNS =
  'position, stream_id, revision, type, data::text AS data, metadata::text AS metadata, prev_hash, hash';

/**
 * Converts a PostgreSQL `bigint` to a JS number, refusing values a number cannot hold exactly:
 * a rounded position would silently skip or repeat events.
 */
export function positionFromBigint(value: string | number): number {
  const position = Number(value);
  if (!Number.isSafeInteger(position) || position < 0) {
    throw new Error(
      `Global position ${String(value)} is outside the range a JavaScript number holds exactly`,
    );
  }
  return position;
}

export function recordedEventFromRow(row: PostgresEventRow): RecordedEvent {
  return {
    streamId: row.stream_id,
    revision: row.revision,
    position: positionFromBigint(row.position),
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export function eventWithDeferredMetadataFromRow(row: TextEventRow): RecordedEvent {
  const position = positionFromBigint(row.position);
  return new EventWithDeferredMetadata(
    row.stream_id,
    row.revision,
    position,
    row.type,
    row.data,
    row.metadata,
    row.prev_hash,
    row.hash,
  );
}

/** An event from its stored text, refused when that text names a member twice (verification reads so). */
export function checkedEventFromTextRow(row: TextEventRow): RecordedEvent {
  const position = positionFromBigint(row.position);
  refuseDuplicateMembers(position, row.data, row.metadata);
  return {
    streamId: row.stream_id,
    revision: row.revision,
    position,
    type: row.type,
    data: parseStoredJson<JsonObject>(row.data, position, 'data'),
    metadata: parseStoredJson<EventMetadata>(row.metadata, position, 'metadata'),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
