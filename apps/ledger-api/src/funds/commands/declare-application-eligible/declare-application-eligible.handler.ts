import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DeclareApplicationEligible } from '@fund-ledger/domain';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { DeclareApplicationEligibleCommand } from './declare-application-eligible.command';

@CommandHandler(DeclareApplicationEligibleCommand)
export class DeclareApplicationEligibleHandler implements ICommandHandler<
  DeclareApplicationEligibleCommand,
  FundCommandResponse
> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, context }: DeclareApplicationEligibleCommand): Promise<FundCommandResponse> {
    const command: DeclareApplicationEligible = {
      type: 'DeclareApplicationEligible',
      ...commandBase(path, context),
      applicationId: path.applicationId,
    };
    return this.funds.run(command, path.applicationId, context);
  }
}
