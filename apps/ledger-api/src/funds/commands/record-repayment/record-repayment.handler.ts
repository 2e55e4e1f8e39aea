import { correctionOf } from '../../shared/business-date.dto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RecordRepayment } from '@fund-ledger/domain';
import { commandBase, FundCommands, idOrCommandId } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { RecordRepaymentCommand } from './record-repayment.command';

@CommandHandler(RecordRepaymentCommand)
export class RecordRepaymentHandler implements ICommandHandler<RecordRepaymentCommand, FundCommandResponse> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: RecordRepaymentCommand): Promise<FundCommandResponse> {
    const repaymentId = idOrCommandId(body.repaymentId, context);
    const command: RecordRepayment = {
      type: 'RecordRepayment',
      ...commandBase(path, context),
      grantId: path.grantId,
      repaymentId,
      amount: body.amount,
      valueDate: body.valueDate,
      ...correctionOf(body),
    };
    return this.funds.run(command, repaymentId, context);
  }
}
