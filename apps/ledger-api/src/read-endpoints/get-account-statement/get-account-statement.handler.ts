import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { accountStatement, UnknownAccountError } from '@fund-ledger/projections';
import { ProblemException } from '../../common/problems/problem.exception';
import { FundReadModels } from '../read-model-access/fund-read-models';
import type { AccountStatementResponse } from './account-statement.response.dto';
import { GetAccountStatementQuery } from './get-account-statement.query';

/**
 * Statements list postings, which the stored read model does not keep: they are built from the fund's
 * events up to the same point as the stored balances, so the statement's balance is the trial balance's.
 */
@QueryHandler(GetAccountStatementQuery)
export class GetAccountStatementHandler implements IQueryHandler<
  GetAccountStatementQuery,
  AccountStatementResponse
> {
  constructor(private readonly funds: FundReadModels) {}

  async execute(query: GetAccountStatementQuery): Promise<AccountStatementResponse> {
    const answer = await this.funds.fundEvents(query.fundId, query.cut);
    try {
      const statement = accountStatement(answer.summary, answer.records, query.accountId, query.paging);
      return { ...statement, asOf: answer.answerPoint };
    } catch (error) {
      if (!(error instanceof UnknownAccountError)) throw error;
      throw ProblemException.of('notFound', {
        detail: error.message,
        errors: [{ field: 'accountId', message: error.message }],
      });
    }
  }
}
