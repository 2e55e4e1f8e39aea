import { Query } from '@nestjs/cqrs';
import type { PointInTime } from '@fund-ledger/projections';
import type { LedgerAccountsResponse } from './ledger-accounts.response.dto';

/** The accounts of a fund's general ledger with their turnover and balances. */
export class GetLedgerAccountsQuery extends Query<LedgerAccountsResponse> {
  constructor(
    readonly fundId: string,
    readonly pointInTime: PointInTime | undefined,
    readonly requested: string | undefined,
  ) {
    super();
  }
}
