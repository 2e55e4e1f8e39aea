import { Controller, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Actor, jurorOf } from '../../auth';
import { FUND_READERS } from '../read-route/read-model-roles';
import { AsOfQuery, cutOf } from '../read-model-access/read-model-query.dto';
import { ReadModelRoute } from '../read-route/read-model-route.decorator';
import { FundListResponse } from './fund-list.response.dto';
import { ListFundsQuery } from './list-funds.query';

@ApiTags('Funds')
@Controller('funds')
export class ListFundsHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @ReadModelRoute({
    path: '',
    roles: FUND_READERS,
    summary: 'The funds the caller may see',
    description:
      'Every fund there is (there was, with asOf), in order of the fund id, with name, area, status, funding source, matching model and its last event: what a fund switcher lists. A jury member sees only the funds whose jury they sit on now.',
    response: FundListResponse,
  })
  list(@Query() query: AsOfQuery, @Actor() actor: Actor): Promise<FundListResponse> {
    return this.queryBus.execute(new ListFundsQuery(cutOf(query), jurorOf(actor)));
  }
}
