import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isSeatOf } from '@fund-ledger/domain';
import { applicationBoardReport, type JuryMemberView } from '@fund-ledger/projections';
import { assertSitsOnJury } from '../../auth';
import { FundReadModels } from '../read-model-access/fund-read-models';
import { isNow, NOW } from '../read-model-access/read-model-query.dto';
import type { ApplicationBoardResponse } from './application-board.response.dto';
import { GetApplicationBoardQuery } from './get-application-board.query';

@QueryHandler(GetApplicationBoardQuery)
export class GetApplicationBoardHandler implements IQueryHandler<
  GetApplicationBoardQuery,
  ApplicationBoardResponse
> {
  constructor(private readonly funds: FundReadModels) {}

  async execute(query: GetApplicationBoardQuery): Promise<ApplicationBoardResponse> {
    const answer = await this.funds.fund(query.fundId, query.cut, {
      withApplications: true,
    });
    const jury = await this.assertJurorSits(query, answer.summary.jury);
    const board = applicationBoardReport(answer.summary, answer.applications, {
      ...query.paging,
      ...(query.status !== undefined ? { status: query.status } : {}),
    });
    const juror = query.juror;
    const seat =
      juror === undefined ? undefined : jury.find((member) => member.active && isSeatOf(member, juror));
    return { ...board, callerMemberId: seat?.memberId ?? null, asOf: answer.answerPoint };
  }

  /**
   * A juror must sit on the jury now: an answer as of the past is checked against today's jury too.
   * Answers the jury the check was made against.
   */
  private async assertJurorSits(
    query: GetApplicationBoardQuery,
    juryAtAnswer: readonly JuryMemberView[],
  ): Promise<readonly JuryMemberView[]> {
    if (query.juror === undefined) return juryAtAnswer;
    const jury = isNow(query.cut)
      ? juryAtAnswer
      : (await this.funds.fund(query.fundId, NOW, { withApplications: false })).summary.jury;
    assertSitsOnJury(query.fundId, jury, query.juror);
    return jury;
  }
}
