/**
 * The audit trail: a fund's events exactly as stored, with actor, metadata and hashes, page by page.
 * It needs no read model: it reads the fund's stream from the store, only the revisions of the page.
 */
import { fundStreamName } from '@fund-ledger/domain';
import type { EventMetadata, EventStore, JsonObject, RecordedEvent } from '@fund-ledger/event-store';
import { isRecordedBy, type PointInTime } from '../point-in-time';

export interface AuditTrailQuery {
  /** 1-based. */
  readonly page: number;
  readonly pageSize: number;
  readonly pointInTime?: PointInTime;
}

export interface AuditTrailEntry {
  readonly revision: number;
  readonly position: number;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: EventMetadata;
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

function auditEntry(event: RecordedEvent): AuditTrailEntry {
  return {
    revision: event.revision,
    position: event.position,
    type: event.type,
    data: event.data,
    metadata: event.metadata,
    prevHash: event.prevHash,
    hash: event.hash,
  };
}
