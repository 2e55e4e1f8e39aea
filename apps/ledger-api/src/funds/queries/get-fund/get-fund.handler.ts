import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { fundDecider, fundStreamName, type FundEvent, type FundState } from '@fund-ledger/domain';
import { EVENT_STORE, type EventStore } from '@fund-ledger/event-store';
import { ProblemException } from '../../../common/problems/problem.exception';
import { GetFundQuery } from './get-fund.query';
import { toFundView, type FundView } from './get-fund.response.dto';

interface FoldedFund {
  readonly state: FundState;
  readonly revision: number;
  readonly position: number;
}

/**
 * Folds the fund's stream with the decider's `evolve`, exactly as a command would see it. One fund's
 * stream holds thousands of events a year, not millions, so folding on request stays cheap.
 */
@QueryHandler(GetFundQuery)
export class GetFundHandler implements IQueryHandler<GetFundQuery, FundView> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ fundId }: GetFundQuery): Promise<FundView> {
    const folded = await this.fold(fundId);
    if (folded === undefined) {
      throw ProblemException.of('notFound', {
        detail: `There is no fund ${fundId}`,
        errors: [{ field: 'fundId', message: `There is no fund ${fundId}` }],
      });
    }
    return toFundView(folded.state, folded.revision, folded.position);
  }

  private async fold(fundId: string): Promise<FoldedFund | undefined> {
    let folded: FoldedFund | undefined;
    for await (const recorded of this.store.readStream(fundStreamName(fundId))) {
      const event = { type: recorded.type, data: recorded.data } as unknown as FundEvent;
      const state = fundDecider.evolve(folded?.state ?? fundDecider.initialState(), {
        event,
        commandId: recorded.metadata.commandId,
      });
      folded = { state, revision: recorded.revision, position: recorded.position };
    }
    return folded;
  }
}
