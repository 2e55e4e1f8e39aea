import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { fundStreamName } from '@fund-ledger/domain';
import { EVENT_STORE, type EventStore } from '@fund-ledger/event-store';
import { auditTrailPage, isRecordedBy, type PointInTime } from '@fund-ledger/projections';
import { FundReadModels, notFound } from '../read-model-access/fund-read-models';
import type { AuditTrailResponse } from './audit-trail.response.dto';
import { GetAuditTrailQuery } from './get-audit-trail.query';

/** Reads the fund's stream directly: the audit trail is the events themselves, no read model in between. */
@QueryHandler(GetAuditTrailQuery)
export class GetAuditTrailHandler implements IQueryHandler<GetAuditTrailQuery, AuditTrailResponse> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly funds: FundReadModels,
  ) {}

  async execute(query: GetAuditTrailQuery): Promise<AuditTrailResponse> {
    const { fundId } = query;
    const { pointInTime, effectiveOn } = query.cut;
    if (pointInTime !== undefined) await this.funds.assertReached(pointInTime);
    if (!(await this.fundExisted(fundId, pointInTime))) notFound(fundId, query.cut.requested ?? null);
    return auditTrailPage(this.store, fundId, {
      ...query.paging,
      ...(pointInTime !== undefined ? { pointInTime } : {}),
      ...(effectiveOn !== undefined ? { effectiveOn } : {}),
    });
  }

  /** Whether the fund had been opened by the point in time (now, without one). */
  private async fundExisted(fundId: string, point: PointInTime | undefined): Promise<boolean> {
    for await (const opening of this.store.readStream(fundStreamName(fundId), {
      toRevision: 0,
      batchSize: 1,
    })) {
      return point === undefined || isRecordedBy(opening, point);
    }
    return false;
  }
}
