import { Query } from '@nestjs/cqrs';
import type { LedgerCut } from '../read-model-access/read-model-query.dto';
import type { LedgerAccountsResponse } from './ledger-accounts.response.dto';

/** The accounts of a fund's general ledger with their turnover and balances. */
export class GetLedgerAccountsQuery extends Query<LedgerAccountsResponse> {
  constructor(
    readonly fundId: string,
    readonly cut: LedgerCut,
  ) {
    super();
  }
}
