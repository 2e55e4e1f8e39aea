import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { GrantPath } from '../../shared/path-params';
import { DemandUnusedMoneyInterestCommand } from './demand-unused-money-interest.command';
import { DemandUnusedMoneyInterestRequestDto } from './demand-unused-money-interest.request.dto';

@ApiTags('Grants')
@Controller('funds/:fundId/grants/:grantId/unused-money-interest')
export class DemandUnusedMoneyInterestHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['fund-manager'],
    summary: 'Demand interest on money not used in time',
    description:
      "Demands interest (§ 49a (4) VwVfG) on an advance or payout whose money lay unused beyond the fund's grace (`unusedMoneyGraceMonths`, 12 by default): from the day the grace ends, or where the last such demand on the payment stopped, to the day the money was used (`usedOn`) or, while it is still unused, to the notice date; at 5 percentage points above each half-year's base rate or the notice's fixed rate, with the interest statement period by period. The demand is a repayment demand (reason `unused-money`) paid through the repayment endpoint. Refused with UNUSED_MONEY.NOTHING_OWED when the money was used within the grace, UNUSED_MONEY.ALREADY_DEMANDED when the period adds no day, PAYOUT.NOT_FOUND or PAYOUT.OF_ANOTHER_GRANT for a payment not of this grant.",
  })
  demandUnusedMoneyInterest(
    @Param() path: GrantPath,
    @Body() body: DemandUnusedMoneyInterestRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new DemandUnusedMoneyInterestCommand(path, body, context));
  }
}
