import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { WithdrawApplication } from '@fund-ledger/domain';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { WithdrawApplicationCommand } from './withdraw-application.command';

@CommandHandler(WithdrawApplicationCommand)
export class WithdrawApplicationHandler implements ICommandHandler<
  WithdrawApplicationCommand,
  FundCommandResponse
> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: WithdrawApplicationCommand): Promise<FundCommandResponse> {
    const command: WithdrawApplication = {
      type: 'WithdrawApplication',
      ...commandBase(path, context),
      applicationId: path.applicationId,
      reason: body.reason,
    };
    return this.funds.run(command, path.applicationId, context);
  }
}
