import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExpireGrant } from '@fund-ledger/domain';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { ExpireGrantCommand } from './expire-grant.command';

@CommandHandler(ExpireGrantCommand)
export class ExpireGrantHandler implements ICommandHandler<ExpireGrantCommand, FundCommandResponse> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: ExpireGrantCommand): Promise<FundCommandResponse> {
    const command: ExpireGrant = {
      type: 'ExpireGrant',
      ...commandBase(path, context),
      grantId: path.grantId,
      reason: body.reason,
    };
    return this.funds.run(command, path.grantId, context);
  }
}
