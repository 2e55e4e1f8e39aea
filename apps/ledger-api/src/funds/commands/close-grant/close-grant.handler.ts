import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CloseGrant } from '@fund-ledger/domain';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { CloseGrantCommand } from './close-grant.command';

@CommandHandler(CloseGrantCommand)
export class CloseGrantHandler implements ICommandHandler<CloseGrantCommand, FundCommandResponse> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, context }: CloseGrantCommand): Promise<FundCommandResponse> {
    const command: CloseGrant = {
      type: 'CloseGrant',
      ...commandBase(path, context),
      grantId: path.grantId,
    };
    return this.funds.run(command, path.grantId, context);
  }
}
