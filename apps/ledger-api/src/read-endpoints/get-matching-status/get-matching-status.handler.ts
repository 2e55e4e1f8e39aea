import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { matchingStatusReport } from '@fund-ledger/projections';
import { FundReadModels } from '../read-model-access/fund-read-models';
import { GetMatchingStatusQuery } from './get-matching-status.query';
import type { MatchingStatusResponse } from './matching-status.response.dto';

@QueryHandler(GetMatchingStatusQuery)
export class GetMatchingStatusHandler implements IQueryHandler<
  GetMatchingStatusQuery,
  MatchingStatusResponse
> {
  constructor(private readonly funds: FundReadModels) {}

  async execute(query: GetMatchingStatusQuery): Promise<MatchingStatusResponse> {
    const answer = await this.funds.fund(query.fundId, query.cut, {
      withApplications: true,
    });
    return { ...matchingStatusReport(answer.summary, answer.applications), asOf: answer.answerPoint };
  }
}
