import { Controller, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { FundPath } from '../../funds/request-fields/path-params';
import { BALANCE_READERS } from '../read-route/read-model-roles';
import { AsOfQuery, cutOf } from '../read-model-access/read-model-query.dto';
import { ReadModelRoute } from '../read-route/read-model-route.decorator';
import { GetMatchingStatusQuery } from './get-matching-status.query';
import { MatchingStatusResponse } from './matching-status.response.dto';

@ApiTags('Balances')
@Controller('funds/:fundId')
export class GetMatchingStatusHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @ReadModelRoute({
    path: 'matching',
    roles: BALANCE_READERS,
    summary: 'Matching status: public share of money spent against the cap',
    description:
      'The public share of the money spent against publicShareMax, and the public money that could still be spent: in the pooled model, matched public money not yet spent (at most what is available); in the per-project model, per granted project against its share of the eligible costs and the per-project cap.',
    response: MatchingStatusResponse,
  })
  matching(@Param() path: FundPath, @Query() query: AsOfQuery): Promise<MatchingStatusResponse> {
    return this.queryBus.execute(new GetMatchingStatusQuery(path.fundId, cutOf(query)));
  }
}
