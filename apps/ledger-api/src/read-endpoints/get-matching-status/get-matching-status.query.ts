import { Query } from '@nestjs/cqrs';
import type { LedgerCut } from '../read-model-access/read-model-query.dto';
import type { MatchingStatusResponse } from './matching-status.response.dto';

/** The public share of money spent against the fund's cap, and the headroom, now or as of a point in time. */
export class GetMatchingStatusQuery extends Query<MatchingStatusResponse> {
  constructor(
    readonly fundId: string,
    readonly cut: LedgerCut,
  ) {
    super();
  }
}
