import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { fundOverviewReport } from '@fund-ledger/projections';
import { FundReadModels } from '../read-model-access/fund-read-models';
import type { FundOverviewResponse } from './fund-overview.response.dto';
import { GetFundOverviewQuery } from './get-fund-overview.query';

@QueryHandler(GetFundOverviewQuery)
export class GetFundOverviewHandler implements IQueryHandler<GetFundOverviewQuery, FundOverviewResponse> {
  constructor(private readonly funds: FundReadModels) {}

  async execute(query: GetFundOverviewQuery): Promise<FundOverviewResponse> {
    const answer = await this.funds.fund(query.fundId, query.cut, {
      withApplications: true,
    });
    return { ...fundOverviewReport(answer.summary, answer.applications), asOf: answer.answerPoint };
  }
}
