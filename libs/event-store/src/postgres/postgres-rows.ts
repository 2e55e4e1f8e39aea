import type { EventMetadata, JsonObject, RecordedEvent } from '../event-store.port';

/** A row of the events table as `pg` returns it: `bigint` arrives as a string, `json` already parsed. */
export interface EventRow {
  readonly position: string;
  readonly stream_id: string;
  readonly revision: number;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: EventMetadata;
  readonly prev_hash: string;
  readonly hash: string;
}

export const EVENT_COLUMNS = 'position, stream_id, revision, type, data, metadata, prev_hash, hash';

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

export function recordedEventFromRow(row: EventRow): RecordedEvent {
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
