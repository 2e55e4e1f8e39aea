import { Query } from '@nestjs/cqrs';
import type { LedgerCut, Paging } from '../read-model-access/read-model-query.dto';
import type { AuditTrailResponse } from './audit-trail.response.dto';

/** A fund's events as stored, with actor, metadata and hashes, page by page. */
export class GetAuditTrailQuery extends Query<AuditTrailResponse> {
  constructor(
    readonly fundId: string,
    readonly cut: LedgerCut,
    readonly paging: Paging,
  ) {
    super();
  }
}
