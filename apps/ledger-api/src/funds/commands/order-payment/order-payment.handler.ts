import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { OrderPayment } from '@fund-ledger/domain';
import { personOf } from '../../../auth';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { OrderPaymentCommand } from './order-payment.command';

@CommandHandler(OrderPaymentCommand)
export class OrderPaymentHandler implements ICommandHandler<OrderPaymentCommand, FundCommandResponse> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: OrderPaymentCommand): Promise<FundCommandResponse> {
    const command: OrderPayment = {
      type: 'OrderPayment',
      ...commandBase(path, context),
      paymentId: path.paymentId,
      orderer: personOf(context.actor),
      orderedOn: body.orderedOn,
      valueDate: body.valueDate,
    };
    return this.funds.run(command, path.paymentId, context);
  }
}
