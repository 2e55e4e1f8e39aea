import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { WithdrawPaymentOrder } from '@fund-ledger/domain';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { WithdrawPaymentOrderCommand } from './withdraw-payment-order.command';

@CommandHandler(WithdrawPaymentOrderCommand)
export class WithdrawPaymentOrderHandler implements ICommandHandler<
  WithdrawPaymentOrderCommand,
  FundCommandResponse
> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: WithdrawPaymentOrderCommand): Promise<FundCommandResponse> {
    const command: WithdrawPaymentOrder = {
      type: 'WithdrawPaymentOrder',
      ...commandBase(path, context),
      paymentId: path.paymentId,
      reason: body.reason,
    };
    return this.funds.run(command, path.paymentId, context);
  }
}
