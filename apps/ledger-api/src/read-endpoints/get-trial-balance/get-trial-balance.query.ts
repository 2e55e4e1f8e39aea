import { Query } from '@nestjs/cqrs';
import type { LedgerCut } from '../read-model-access/read-model-query.dto';
import type { TrialBalanceResponse } from './trial-balance.response.dto';

/** The trial balance of a fund's general ledger: every account's balance, summing to zero. */
export class GetTrialBalanceQuery extends Query<TrialBalanceResponse> {
  constructor(
    readonly fundId: string,
    readonly cut: LedgerCut,
  ) {
    super();
  }
}
