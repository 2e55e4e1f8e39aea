import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DeclareConflictOfInterest } from '@fund-ledger/domain';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { jurorAction } from '../../shared/juror-action';
import { DeclareConflictOfInterestCommand } from './declare-conflict-of-interest.command';

@CommandHandler(DeclareConflictOfInterestCommand)
export class DeclareConflictOfInterestHandler implements ICommandHandler<
  DeclareConflictOfInterestCommand,
  FundCommandResponse
> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: DeclareConflictOfInterestCommand): Promise<FundCommandResponse> {
    const command: DeclareConflictOfInterest = {
      type: 'DeclareConflictOfInterest',
      ...commandBase(path, context),
      applicationId: path.applicationId,
      ...jurorAction(context.actor, body.memberId),
      reason: body.reason,
    };
    return this.funds.run(command, path.applicationId, context);
  }
}
