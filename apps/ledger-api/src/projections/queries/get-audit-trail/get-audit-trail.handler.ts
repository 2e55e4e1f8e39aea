import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { fundStreamName } from '@fund-ledger/domain';
import { EVENT_STORE, type EventStore } from '@fund-ledger/event-store';
import { auditTrailPage } from '@fund-ledger/projections';
import { ProblemException } from '../../../common/problems/problem.exception';
import type { AuditTrailResponse } from './audit-trail.response.dto';
import { GetAuditTrailQuery } from './get-audit-trail.query';

/** Reads the fund's stream directly: the audit trail is the events themselves, no read model in between. */
@QueryHandler(GetAuditTrailQuery)
export class GetAuditTrailHandler implements IQueryHandler<GetAuditTrailQuery, AuditTrailResponse> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(query: GetAuditTrailQuery): Promise<AuditTrailResponse> {
    if (!(await this.fundExists(query.fundId))) {
      const detail = `There is no fund ${query.fundId}`;
      throw ProblemException.of('notFound', { detail, errors: [{ field: 'fundId', message: detail }] });
    }
    return auditTrailPage(this.store, query.fundId, {
      ...query.paging,
      ...(query.pointInTime !== undefined ? { pointInTime: query.pointInTime } : {}),
    });
  }

  private async fundExists(fundId: string): Promise<boolean> {
    for await (const _first of this.store.readStream(fundStreamName(fundId), {
      toRevision: 0,
      batchSize: 1,
    })) {
      return true;
    }
    return false;
  }
}
