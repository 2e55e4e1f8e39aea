import { Query } from '@nestjs/cqrs';
import type { LedgerCut, Paging } from '../read-model-access/read-model-query.dto';
import type { AccountStatementResponse } from './account-statement.response.dto';

/** The postings of one account, with the running balance, page by page. */
export class GetAccountStatementQuery extends Query<AccountStatementResponse> {
  constructor(
    readonly fundId: string,
    readonly accountId: string,
    readonly cut: LedgerCut,
    readonly paging: Paging,
  ) {
    super();
  }
}
