import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { payoutsDueReport } from '@fund-ledger/projections';
import { FundReadModels } from '../read-model-access/fund-read-models';
import { GetPayoutsDueQuery } from './get-payouts-due.query';
import type { PayoutsDueResponse } from './payouts-due.response.dto';

@QueryHandler(GetPayoutsDueQuery)
export class GetPayoutsDueHandler implements IQueryHandler<GetPayoutsDueQuery, PayoutsDueResponse> {
  constructor(private readonly funds: FundReadModels) {}

  async execute(query: GetPayoutsDueQuery): Promise<PayoutsDueResponse> {
    const answer = await this.funds.fund(query.fundId, query.cut, {
      withApplications: true,
    });
    return {
      fundId: answer.summary.fundId,
      lastEvent: answer.summary.lastEvent,
      payouts: payoutsDueReport(answer.applications),
      asOf: answer.answerPoint,
    };
  }
}
