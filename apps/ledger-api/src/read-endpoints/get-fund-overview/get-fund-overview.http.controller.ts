import { Controller, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { FundPath } from '../../funds/request-fields/path-params';
import { BALANCE_READERS } from '../read-route/read-model-roles';
import { AsOfQuery, cutOf } from '../read-model-access/read-model-query.dto';
import { ReadModelRoute } from '../read-route/read-model-route.decorator';
import { FundOverviewResponse } from './fund-overview.response.dto';
import { GetFundOverviewQuery } from './get-fund-overview.query';

@ApiTags('Balances')
@Controller('funds/:fundId')
export class GetFundOverviewHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @ReadModelRoute({
    path: 'overview',
    roles: BALANCE_READERS,
    summary: "A fund's overview: the figures of its first screen",
    description:
      'The public and the private pot (received, committed, paid, available; pooled: matched and unmatched public money), the public share of the money spent against the cap and the headroom, the active jury members, the applications per status, the open agenda items and the grants awaiting payout. The same figures as the balances, matching and board queries, at the same point in time.',
    response: FundOverviewResponse,
  })
  overview(@Param() path: FundPath, @Query() query: AsOfQuery): Promise<FundOverviewResponse> {
    return this.queryBus.execute(new GetFundOverviewQuery(path.fundId, cutOf(query)));
  }
}
