import { Query } from '@nestjs/cqrs';
import type { LedgerCut } from '../read-model-access/read-model-query.dto';
import type { PayoutsDueResponse } from './payouts-due.response.dto';

/** The grants waiting for the treasury to pay them out, now or as of a point in time. */
export class GetPayoutsDueQuery extends Query<PayoutsDueResponse> {
  constructor(
    readonly fundId: string,
    readonly cut: LedgerCut,
  ) {
    super();
  }
}
