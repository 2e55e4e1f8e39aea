import { Query } from '@nestjs/cqrs';
import type { LedgerCut } from '../read-model-access/read-model-query.dto';
import type { FundOverviewResponse } from './fund-overview.response.dto';

/** What a fund's first screen shows, now or as of a point in time. */
export class GetFundOverviewQuery extends Query<FundOverviewResponse> {
  constructor(
    readonly fundId: string,
    readonly cut: LedgerCut,
  ) {
    super();
  }
}
