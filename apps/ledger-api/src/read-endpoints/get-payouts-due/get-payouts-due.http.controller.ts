import { Controller, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { FundPath } from '../../funds/request-fields/path-params';
import { LEDGER_READERS } from '../read-route/read-model-roles';
import { AsOfQuery, cutOf } from '../read-model-access/read-model-query.dto';
import { ReadModelRoute } from '../read-route/read-model-route.decorator';
import { GetPayoutsDueQuery } from './get-payouts-due.query';
import { PayoutsDueResponse } from './payouts-due.response.dto';

@ApiTags('Balances')
@Controller('funds/:fundId')
export class GetPayoutsDueHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @ReadModelRoute({
    path: 'payouts-due',
    roles: LEDGER_READERS,
    summary: 'Grants waiting for the treasury to pay them out',
    description:
      'Every grant whose proof of use is accepted and which still has money to pay: what was granted, what was paid, what is left, and the proof it rests on. The treasury works through this list.',
    response: PayoutsDueResponse,
  })
  payoutsDue(@Param() path: FundPath, @Query() query: AsOfQuery): Promise<PayoutsDueResponse> {
    return this.queryBus.execute(new GetPayoutsDueQuery(path.fundId, cutOf(query)));
  }
}
