import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Actor, jurorOf, Roles } from '../../auth';
import { FundPath } from '../../funds/request-fields/path-params';
import { GetFundQuery } from './get-fund.query';
import { FundResponse } from './get-fund.response.dto';

@ApiTags('Funds')
@Controller('funds/:fundId')
export class GetFundHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @Roles('fund-manager', 'treasurer', 'jury-member', 'auditor', 'council')
  @ApiOperation({
    summary: 'Show a fund',
    description:
      "The fund as its decider sees it now, folded from the fund's own stream: settings, status, fiscal years, money per pot and per public funder, the jury, applications with open decisions, and grants. Balances over time, the application board and the ledger are the read-model queries.\n\nRoles: every role; a jury member only while they sit on the fund's jury as the person appointed (403 otherwise).",
  })
  @ApiOkResponse({ type: FundResponse })
  @ApiBadRequestResponse({ description: 'The fund id is malformed' })
  @ApiUnauthorizedResponse({ description: 'No valid bearer token' })
  @ApiForbiddenResponse({
    description: "The token has no role of this service, or is a jury member not on the fund's jury",
  })
  @ApiNotFoundResponse({ description: 'There is no such fund' })
  getFund(@Param() path: FundPath, @Actor() actor: Actor): Promise<FundResponse> {
    return this.queryBus.execute(new GetFundQuery(path.fundId, jurorOf(actor)));
  }
}
