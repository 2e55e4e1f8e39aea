import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { applicationBoardReport } from '@fund-ledger/projections';
import { assertSatOnJury } from '../../../auth';
import { FundReadModels } from '../shared/fund-read-models';
import type { ApplicationBoardResponse } from './application-board.response.dto';
import { GetApplicationBoardQuery } from './get-application-board.query';

@QueryHandler(GetApplicationBoardQuery)
export class GetApplicationBoardHandler implements IQueryHandler<
  GetApplicationBoardQuery,
  ApplicationBoardResponse
> {
  constructor(private readonly funds: FundReadModels) {}

  async execute(query: GetApplicationBoardQuery): Promise<ApplicationBoardResponse> {
    const answer = await this.funds.fund(query.fundId, query.pointInTime, query.requested, {
      withApplications: true,
    });
    const juryMemberIds = answer.summary.jury.map((member) => member.memberId);
    assertSatOnJury(query.fundId, juryMemberIds, query.juryMemberId);
    const board = applicationBoardReport(answer.summary, answer.applications, {
      ...query.paging,
      ...(query.status !== undefined ? { status: query.status } : {}),
    });
    return { ...board, asOf: answer.answerPoint };
  }
}
