import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { PaymentPath } from '../../shared/path-params';
import { WithdrawPaymentOrderCommand } from './withdraw-payment-order.command';
import { WithdrawPaymentOrderRequestDto } from './withdraw-payment-order.request.dto';

@ApiTags('Payments')
@Controller('funds/:fundId/payments/:paymentId/withdrawal')
export class WithdrawPaymentOrderHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['treasurer', 'fund-manager'],
    summary: 'Withdraw a certified or ordered payment',
    description:
      'Takes back a certification or an order before it is exported; the money it held is free again, and its id is not used again. Refused once exported (PAYMENT.INVALID_STATE).',
  })
  withdraw(
    @Param() path: PaymentPath,
    @Body() body: WithdrawPaymentOrderRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new WithdrawPaymentOrderCommand(path, body, context));
  }
}
