import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { GrantPath } from '../../shared/path-params';
import { OrderRepaymentDemandCommand } from './order-repayment-demand.command';
import { OrderRepaymentDemandRequestDto } from './order-repayment-demand.request.dto';

@ApiTags('Grants')
@Controller('funds/:fundId/grants/:grantId/repayment-demand/order')
export class OrderRepaymentDemandHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['treasurer'],
    summary: 'Order a certified repayment demand',
    description:
      'The second of four eyes on a repayment demand: the person of the token orders the demand that a revocation or an overpaid advance certified, and from then on the money is owed. Refused to the person who certified it, whatever roles they hold, while the fund keeps four eyes (REPAYMENT.SAME_PERSON); refused when no demand waits for its order (REPAYMENT.NO_DEMAND_CERTIFIED) and when dated before the certification (REPAYMENT.ORDER_BEFORE_CERTIFICATION).',
  })
  order(
    @Param() path: GrantPath,
    @Body() body: OrderRepaymentDemandRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new OrderRepaymentDemandCommand(path, body, context));
  }
}
