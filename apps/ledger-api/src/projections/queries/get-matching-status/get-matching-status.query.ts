import { Query } from '@nestjs/cqrs';
import type { PointInTime } from '@fund-ledger/projections';
import type { MatchingStatusResponse } from './matching-status.response.dto';

/** The public share of money spent against the fund's cap, and the headroom, now or as of a point in time. */
export class GetMatchingStatusQuery extends Query<MatchingStatusResponse> {
  constructor(
    readonly fundId: string,
    readonly pointInTime: PointInTime | undefined,
    readonly requested: string | undefined,
  ) {
    super();
  }
}
