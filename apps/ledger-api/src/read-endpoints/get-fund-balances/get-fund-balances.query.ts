import { Query } from '@nestjs/cqrs';
import type { LedgerCut } from '../read-model-access/read-model-query.dto';
import type { FundBalancesResponse } from './fund-balances.response.dto';

/** A fund's balances per pot, public funder and fiscal year, now or as of a point in time. */
export class GetFundBalancesQuery extends Query<FundBalancesResponse> {
  constructor(
    readonly fundId: string,
    readonly cut: LedgerCut,
  ) {
    super();
  }
}
