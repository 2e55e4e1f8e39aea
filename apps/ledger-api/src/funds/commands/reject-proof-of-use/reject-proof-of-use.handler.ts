import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RejectProofOfUse } from '@fund-ledger/domain';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { RejectProofOfUseCommand } from './reject-proof-of-use.command';

@CommandHandler(RejectProofOfUseCommand)
export class RejectProofOfUseHandler implements ICommandHandler<
  RejectProofOfUseCommand,
  FundCommandResponse
> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: RejectProofOfUseCommand): Promise<FundCommandResponse> {
    const command: RejectProofOfUse = {
      type: 'RejectProofOfUse',
      ...commandBase(path, context),
      grantId: path.grantId,
      reason: body.reason,
    };
    return this.funds.run(command, path.grantId, context);
  }
}
