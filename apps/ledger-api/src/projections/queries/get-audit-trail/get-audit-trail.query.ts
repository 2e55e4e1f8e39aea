import { Query } from '@nestjs/cqrs';
import type { PointInTime } from '@fund-ledger/projections';
import type { Paging } from '../shared/read-model-query.dto';
import type { AuditTrailResponse } from './audit-trail.response.dto';

/** A fund's events as stored, with actor, metadata and hashes, page by page. */
export class GetAuditTrailQuery extends Query<AuditTrailResponse> {
  constructor(
    readonly fundId: string,
    readonly pointInTime: PointInTime | undefined,
    /** The `asOf` as the client gave it, for messages. */
    readonly requested: string | undefined,
    readonly paging: Paging,
  ) {
    super();
  }
}
