import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { applicationBoardReport, type FundSummary } from '@fund-ledger/projections';
import { ProblemException } from '../../../common/problems/problem.exception';
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
    if (query.juryMemberId !== undefined) assertOnJury(answer.summary, query.juryMemberId);
    const board = applicationBoardReport(answer.summary, answer.applications, {
      ...query.paging,
      ...(query.status !== undefined ? { status: query.status } : {}),
    });
    return { ...board, asOf: answer.answerPoint };
  }
}

/**
 * The board shows how each member voted on the open item; a jury member sees it for the funds whose jury
 * they sit or sat on, not for every fund of the city.
 */
function assertOnJury(summary: FundSummary, memberId: string): void {
  if (summary.jury.some((member) => member.memberId === memberId)) return;
  const detail = `Jury member ${memberId} has not sat on the jury of fund ${summary.fundId}; a jury member reads only the boards of their own funds`;
  throw ProblemException.of('forbidden', { detail });
}
