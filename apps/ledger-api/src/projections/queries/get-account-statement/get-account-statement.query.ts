import { Query } from '@nestjs/cqrs';
import type { PointInTime } from '@fund-ledger/projections';
import type { Paging } from '../shared/read-model-query.dto';
import type { AccountStatementResponse } from './account-statement.response.dto';

/** The postings of one account, with the running balance, page by page. */
export class GetAccountStatementQuery extends Query<AccountStatementResponse> {
  constructor(
    readonly fundId: string,
    readonly accountId: string,
    readonly pointInTime: PointInTime | undefined,
    readonly requested: string | undefined,
    readonly paging: Paging,
  ) {
    super();
  }
}
