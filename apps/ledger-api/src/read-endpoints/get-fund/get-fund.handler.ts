import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { fundStreamName } from '@fund-ledger/domain';
import { assertSitsOnJury } from '../../auth';
import { FoldedStreams } from '../../command-path';
import { ProblemException } from '../../common/problems/problem.exception';
import { FUND_STREAM } from '../../funds/use-case-runner/fund-commands';
import { GetFundQuery } from './get-fund.query';
import { toFundResponse, type FundResponse } from './get-fund.response.dto';

/**
 * The fund exactly as a command sees it: the decider's fold of the fund's stream, shared with the
 * command path, so a request reads only the events appended since the fund was last folded.
 */
@QueryHandler(GetFundQuery)
export class GetFundHandler implements IQueryHandler<GetFundQuery, FundResponse> {
  constructor(private readonly streams: FoldedStreams) {}

  async execute({ fundId, juror }: GetFundQuery): Promise<FundResponse> {
    const folded = await this.streams.load(FUND_STREAM, fundStreamName(fundId));
    if (folded.revision === 'no_stream') {
      throw ProblemException.of('notFound', {
        detail: `There is no fund ${fundId}`,
        errors: [{ field: 'fundId', message: `There is no fund ${fundId}` }],
      });
    }
    assertSitsOnJury(fundId, folded.state.juryMembers.values(), juror);
    return toFundResponse(folded.state, folded.revision, folded.position);
  }
}
