import { correctionOf } from '../../shared/business-date.dto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { MakePayout } from '@fund-ledger/domain';
import { commandBase, FundCommands, idOrCommandId } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { MakePayoutCommand } from './make-payout.command';

@CommandHandler(MakePayoutCommand)
export class MakePayoutHandler implements ICommandHandler<MakePayoutCommand, FundCommandResponse> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: MakePayoutCommand): Promise<FundCommandResponse> {
    const payoutId = idOrCommandId(body.payoutId, context);
    const command: MakePayout = {
      type: 'MakePayout',
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
