import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ledgerAccountsReport } from '@fund-ledger/projections';
import { FundReadModels } from '../read-model-access/fund-read-models';
import { GetLedgerAccountsQuery } from './get-ledger-accounts.query';
import type { LedgerAccountsResponse } from './ledger-accounts.response.dto';

@QueryHandler(GetLedgerAccountsQuery)
export class GetLedgerAccountsHandler implements IQueryHandler<
  GetLedgerAccountsQuery,
  LedgerAccountsResponse
> {
  constructor(private readonly funds: FundReadModels) {}

  async execute(query: GetLedgerAccountsQuery): Promise<LedgerAccountsResponse> {
    const answer = await this.funds.fund(query.fundId, query.cut, {
      withApplications: false,
    });
    return { ...ledgerAccountsReport(answer.summary), asOf: answer.answerPoint };
  }
}
