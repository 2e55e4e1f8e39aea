import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { fundBalancesReport } from '@fund-ledger/projections';
import { FundReadModels } from '../read-model-access/fund-read-models';
import type { FundBalancesResponse } from './fund-balances.response.dto';
import { GetFundBalancesQuery } from './get-fund-balances.query';

@QueryHandler(GetFundBalancesQuery)
export class GetFundBalancesHandler implements IQueryHandler<GetFundBalancesQuery, FundBalancesResponse> {
  constructor(private readonly funds: FundReadModels) {}

  async execute(query: GetFundBalancesQuery): Promise<FundBalancesResponse> {
    const answer = await this.funds.fund(query.fundId, query.cut, {
      withApplications: false,
    });
    return { ...fundBalancesReport(answer.summary), asOf: answer.answerPoint };
  }
}
