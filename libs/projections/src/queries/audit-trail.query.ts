/**
 * The audit trail: a fund's events exactly as stored, with actor, metadata and hashes, page by page,
 * each with both of its dates: the business date it carries (when it has one) and the instant it was
 * recorded (in its metadata). It needs no read model: it reads the fund's stream from the store, only
 * the revisions of the page — unless it is cut by business date, which needs the whole history up to
 * the point in time to know which events count on or before the day.
 */
import {
  decodeFundEvent,
  effectiveDatesOf,
  fundStreamName,
  ownBusinessDateOf,
  type BusinessDate,
} from '@fund-ledger/domain';
import type { EventMetadata, EventStore, JsonObject, RecordedEvent } from '@fund-ledger/event-store';
import { eventsUpTo, isRecordedBy, type PointInTime } from '../point-in-time';

export interface AuditTrailQuery {
  /** 1-based. */
  readonly page: number;
  readonly pageSize: number;
  readonly pointInTime?: PointInTime;
  readonly effectiveOn?: BusinessDate;
}

export interface AuditTrailEntry {
  readonly revision: number;
  readonly position: number;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: EventMetadata;
  /** The day it happened, as the event records it; null for an event without one (it counts by `metadata.recordedAt`). */
  readonly businessDate: BusinessDate | null;
  readonly prevHash: string;
  readonly hash: string;
}

export interface AuditTrailPage {
  readonly fundId: string;
  readonly page: number;
  readonly pageSize: number;
  /** True when the stream (within the point in time) has events after this page. */
  readonly hasNextPage: boolean;
  readonly events: readonly AuditTrailEntry[];
}

export async function auditTrailPage(
  store: EventStore,
  fundId: string,
  query: AuditTrailQuery,
): Promise<AuditTrailPage> {
  if (query.effectiveOn !== undefined) return effectivePage(store, fundId, query, query.effectiveOn);
  const fromRevision = (query.page - 1) * query.pageSize;
  const events: AuditTrailEntry[] = [];
  let hasNextPage = false;
  const stream = store.readStream(fundStreamName(fundId), {
    fromRevision,
    toRevision: fromRevision + query.pageSize,
    batchSize: query.pageSize + 1,
  });
  for await (const event of stream) {
    if (query.pointInTime !== undefined && !isRecordedBy(event, query.pointInTime)) break;
    if (events.length === query.pageSize) {
      hasNextPage = true;
      break;
    }
    events.push(auditEntry(event));
  }
  return { fundId, page: query.page, pageSize: query.pageSize, hasNextPage, events };
}

/** A page of the events that count on or before the day, of those recorded up to the point in time. */
async function effectivePage(
  store: EventStore,
  fundId: string,
  query: AuditTrailQuery,
  effectiveOn: BusinessDate,
): Promise<AuditTrailPage> {
  const point: PointInTime = query.pointInTime ?? { kind: 'position', position: await store.headPosition() };
  const recorded: RecordedEvent[] = [];
  for await (const event of eventsUpTo(store.readStream(fundStreamName(fundId)), point)) recorded.push(event);
  const dates = effectiveDatesOf(
    recorded.map((event) => ({ event: decodeFundEvent(event), commandId: event.metadata.commandId })),
  );
  const selected = recorded.filter((_, index) => dates[index] <= effectiveOn);
  const from = (query.page - 1) * query.pageSize;
  const events = selected.slice(from, from + query.pageSize).map(auditEntry);
  const hasNextPage = selected.length > from + query.pageSize;
  return { fundId, page: query.page, pageSize: query.pageSize, hasNextPage, events };
}

function auditEntry(event: RecordedEvent): AuditTrailEntry {
  return {
    revision: event.revision,
    position: event.position,
    type: event.type,
    data: event.data,
    metadata: event.metadata,
    businessDate: ownBusinessDateOf(decodeFundEvent(event)),
    prevHash: event.prevHash,
    hash: event.hash,
  };
}
