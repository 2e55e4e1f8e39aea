import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { trialBalanceReport } from '@fund-ledger/projections';
import { FundReadModels } from '../read-model-access/fund-read-models';
import { GetTrialBalanceQuery } from './get-trial-balance.query';
import type { TrialBalanceResponse } from './trial-balance.response.dto';

@QueryHandler(GetTrialBalanceQuery)
export class GetTrialBalanceHandler implements IQueryHandler<GetTrialBalanceQuery, TrialBalanceResponse> {
  constructor(private readonly funds: FundReadModels) {}

  async execute(query: GetTrialBalanceQuery): Promise<TrialBalanceResponse> {
    const answer = await this.funds.fund(query.fundId, query.cut, {
      withApplications: false,
    });
    return { ...trialBalanceReport(answer.summary), asOf: answer.answerPoint };
  }
}
