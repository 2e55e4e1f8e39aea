import { Controller, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { FundPath } from '../../funds/request-fields/path-params';
import { AUDIT_TRAIL_READERS } from '../read-route/read-model-roles';
import { PagedAsOfQuery, pagingOf, cutOf } from '../read-model-access/read-model-query.dto';
import { ReadModelRoute } from '../read-route/read-model-route.decorator';
import { AuditTrailResponse } from './audit-trail.response.dto';
import { GetAuditTrailQuery } from './get-audit-trail.query';

@ApiTags('Audit')
@Controller('funds/:fundId')
export class GetAuditTrailHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @ReadModelRoute({
    path: 'audit-trail',
    roles: AUDIT_TRAIL_READERS,
    summary: "Audit trail: the fund's events with actor and metadata",
    description:
      "The fund's events exactly as stored, in stream order, each with its revision, global position, data, metadata (actor, command id, correlation and causation id, recorded-at) and hashes, page by page. With asOf, only the events recorded by then.",
    response: AuditTrailResponse,
  })
  auditTrail(@Param() path: FundPath, @Query() query: PagedAsOfQuery): Promise<AuditTrailResponse> {
    return this.queryBus.execute(new GetAuditTrailQuery(path.fundId, cutOf(query), pagingOf(query)));
  }
}
