import { correctionOf } from '../../shared/business-date.dto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { PayAdvance } from '@fund-ledger/domain';
import { commandBase, FundCommands, idOrCommandId } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { PayAdvanceCommand } from './pay-advance.command';

@CommandHandler(PayAdvanceCommand)
export class PayAdvanceHandler implements ICommandHandler<PayAdvanceCommand, FundCommandResponse> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: PayAdvanceCommand): Promise<FundCommandResponse> {
    const payoutId = idOrCommandId(body.payoutId, context);
    const command: PayAdvance = {
      type: 'PayAdvance',
      ...commandBase(path, context),
      grantId: path.grantId,
      payoutId,
      amount: body.amount,
      valueDate: body.valueDate,
      ...correctionOf(body),
    };
    return this.funds.run(command, payoutId, context);
  }
}
