import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { PaymentPath } from '../../shared/path-params';
import { OrderPaymentCommand } from './order-payment.command';
import { OrderPaymentRequestDto } from './order-payment.request.dto';

@ApiTags('Payments')
@Controller('funds/:fundId/payments/:paymentId/order')
export class OrderPaymentHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['treasurer'],
    summary: 'Order a certified payment (Anordnung)',
    description:
      'The second of four eyes: the person of the token orders a certified payment for the next export. Refused to the person who certified it, whatever roles they hold, while the fund keeps four eyes (PAYMENT.SAME_PERSON); an order dated before the certification is refused (PAYMENT.ORDER_BEFORE_CERTIFICATION).',
  })
  order(
    @Param() path: PaymentPath,
    @Body() body: OrderPaymentRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new OrderPaymentCommand(path, body, context));
  }
}
