import { Query } from '@nestjs/cqrs';
import type { LedgerCut } from '../read-model-access/read-model-query.dto';
import type { PersonIdentity } from '@fund-ledger/domain';
import type { FundListResponse } from './fund-list.response.dto';

/** The funds the caller may see, now or as of a point in time. */
export class ListFundsQuery extends Query<FundListResponse> {
  constructor(
    readonly cut: LedgerCut,
    /** Set when the caller acts as a jury member: only the funds whose jury they sit on now. */
    readonly juror: PersonIdentity | undefined,
  ) {
    super();
  }
}
