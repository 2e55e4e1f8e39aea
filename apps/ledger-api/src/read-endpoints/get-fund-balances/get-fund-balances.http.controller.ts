import { Controller, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { FundPath } from '../../funds/request-fields/path-params';
import { BALANCE_READERS } from '../read-route/read-model-roles';
import { AsOfQuery, cutOf } from '../read-model-access/read-model-query.dto';
import { ReadModelRoute } from '../read-route/read-model-route.decorator';
import { FundBalancesResponse } from './fund-balances.response.dto';
import { GetFundBalancesQuery } from './get-fund-balances.query';

@ApiTags('Balances')
@Controller('funds/:fundId')
export class GetFundBalancesHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @ReadModelRoute({
    path: 'balances',
    roles: BALANCE_READERS,
    summary: 'Balances per pot, public funder and fiscal year',
    description:
      'For the public and the private pot and each public funder: received, granted, committed (granted, not yet paid), paid, released, repayments demanded and received, lapsed, and available; in the pooled model also the public money matched and not yet matched by private money. Per fiscal year: budget and money moved by pot.',
    response: FundBalancesResponse,
  })
  balances(@Param() path: FundPath, @Query() query: AsOfQuery): Promise<FundBalancesResponse> {
    return this.queryBus.execute(new GetFundBalancesQuery(path.fundId, cutOf(query)));
  }
}
