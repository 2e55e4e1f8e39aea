import { Query } from '@nestjs/cqrs';
import type { PointInTime } from '@fund-ledger/projections';
import type { FundBalancesResponse } from './fund-balances.response.dto';

/** A fund's balances per pot, public funder and fiscal year, now or as of a point in time. */
export class GetFundBalancesQuery extends Query<FundBalancesResponse> {
  constructor(
    readonly fundId: string,
    readonly pointInTime: PointInTime | undefined,
    readonly requested: string | undefined,
  ) {
    super();
  }
}
