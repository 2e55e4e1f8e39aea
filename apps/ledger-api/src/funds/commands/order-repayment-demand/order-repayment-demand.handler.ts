import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { OrderRepaymentDemand } from '@fund-ledger/domain';
import { personOf } from '../../../auth';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { OrderRepaymentDemandCommand } from './order-repayment-demand.command';

@CommandHandler(OrderRepaymentDemandCommand)
export class OrderRepaymentDemandHandler implements ICommandHandler<
  OrderRepaymentDemandCommand,
  FundCommandResponse
> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: OrderRepaymentDemandCommand): Promise<FundCommandResponse> {
    const command: OrderRepaymentDemand = {
      type: 'OrderRepaymentDemand',
      ...commandBase(path, context),
      grantId: path.grantId,
      orderer: personOf(context.actor),
      orderedOn: body.orderedOn,
    };
    return this.funds.run(command, path.grantId, context);
  }
}
