import { Query } from '@nestjs/cqrs';
import type { PointInTime } from '@fund-ledger/projections';
import type { FundOverviewResponse } from './fund-overview.response.dto';

/** What a fund's first screen shows, now or as of a point in time. */
export class GetFundOverviewQuery extends Query<FundOverviewResponse> {
  constructor(
    readonly fundId: string,
    readonly pointInTime: PointInTime | undefined,
    readonly requested: string | undefined,
  ) {
    super();
  }
}
