import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DeclareApplicationIneligible } from '@fund-ledger/domain';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { DeclareApplicationIneligibleCommand } from './declare-application-ineligible.command';

@CommandHandler(DeclareApplicationIneligibleCommand)
export class DeclareApplicationIneligibleHandler implements ICommandHandler<
  DeclareApplicationIneligibleCommand,
  FundCommandResponse
> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: DeclareApplicationIneligibleCommand): Promise<FundCommandResponse> {
    const command: DeclareApplicationIneligible = {
      type: 'DeclareApplicationIneligible',
      ...commandBase(path, context),
      applicationId: path.applicationId,
      reason: body.reason,
    };
    return this.funds.run(command, path.applicationId, context);
  }
}
