import { correctionOf } from '../../shared/business-date.dto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SubmitProofOfUse } from '@fund-ledger/domain';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { SubmitProofOfUseCommand } from './submit-proof-of-use.command';

@CommandHandler(SubmitProofOfUseCommand)
export class SubmitProofOfUseHandler implements ICommandHandler<
  SubmitProofOfUseCommand,
  FundCommandResponse
> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: SubmitProofOfUseCommand): Promise<FundCommandResponse> {
    const command: SubmitProofOfUse = {
      type: 'SubmitProofOfUse',
      ...commandBase(path, context),
      grantId: path.grantId,
      reportedCosts: body.reportedCosts,
      reference: body.reference,
      receivedDate: body.receivedDate,
      ...correctionOf(body),
    };
    return this.funds.run(command, path.grantId, context);
  }
}
