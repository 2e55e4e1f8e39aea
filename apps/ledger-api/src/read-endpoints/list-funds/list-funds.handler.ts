import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { sitsOnJury } from '../../auth';
import { ProblemException } from '../../common/problems/problem.exception';
import { FundReadModels, type FundAnswer } from '../read-model-access/fund-read-models';
import { isNow, NOW } from '../read-model-access/read-model-query.dto';
import type { FundListItemDto, FundListResponse } from './fund-list.response.dto';
import { ListFundsQuery } from './list-funds.query';

/**
 * Lists the funds from the same answers as every other query of a fund (stored read models, or the
 * streams folded up to the point in time), so the list never names a fund the fund's own queries deny.
 */
@QueryHandler(ListFundsQuery)
export class ListFundsHandler implements IQueryHandler<ListFundsQuery, FundListResponse> {
  constructor(private readonly funds: FundReadModels) {}

  async execute(query: ListFundsQuery): Promise<FundListResponse> {
    const { pointInTime } = query.cut;
    if (pointInTime !== undefined) await this.funds.assertReached(pointInTime);
    const answers: FundAnswer[] = [];
    const visible: FundAnswer[] = [];
    for (const fundId of await this.funds.fundIds()) {
      const answer = await this.answerFor(fundId, query);
      if (answer === null) continue;
      answers.push(answer);
      if (await this.jurorSits(answer, query)) visible.push(answer);
    }
    return {
      funds: visible.map(listItem),
      asOf: {
        requested: query.cut.requested ?? null,
        effectiveOn: query.cut.effectiveOn ?? null,
        position:
          pointInTime?.kind === 'position'
            ? pointInTime.position
            : Math.max(0, ...answers.map((answer) => answer.answerPoint.position)),
      },
    };
  }

  /** A juror sees a fund while they sit on its jury now, also in a list as of the past. */
  private async jurorSits(answer: FundAnswer, query: ListFundsQuery): Promise<boolean> {
    if (query.juror === undefined) return true;
    const jury = isNow(query.cut)
      ? answer.summary.jury
      : (await this.funds.fund(answer.summary.fundId, NOW, { withApplications: false })).summary.jury;
    return sitsOnJury(jury, query.juror);
  }

  /** The fund at the point in time; null for a fund opened only after it. */
  private async answerFor(fundId: string, query: ListFundsQuery): Promise<FundAnswer | null> {
    try {
      return await this.funds.fund(fundId, query.cut, { withApplications: false });
    } catch (error) {
      if (error instanceof ProblemException && error.getStatus() === 404) return null;
      throw error;
    }
  }
}

function listItem({ summary }: FundAnswer): FundListItemDto {
  return {
    fundId: summary.fundId,
    name: summary.name,
    area: summary.area,
    status: summary.status,
    fundingSource: summary.settings.fundingSource,
    matchingModel: summary.settings.matchingModel,
    openedAt: summary.openedAt,
    closedAt: summary.closedAt,
    lastEvent: summary.lastEvent,
  };
}
