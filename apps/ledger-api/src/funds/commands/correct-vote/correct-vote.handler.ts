import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CorrectVote } from '@fund-ledger/domain';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { jurorAction } from '../../shared/juror-action';
import { CorrectVoteCommand } from './correct-vote.command';

@CommandHandler(CorrectVoteCommand)
export class CorrectVoteHandler implements ICommandHandler<CorrectVoteCommand, FundCommandResponse> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: CorrectVoteCommand): Promise<FundCommandResponse> {
    const command: CorrectVote = {
      type: 'CorrectVote',
      ...commandBase(path, context),
      applicationId: path.applicationId,
      ...jurorAction(context.actor, body.memberId),
      vote: body.vote,
      reason: body.reason,
    };
    return this.funds.run(command, path.applicationId, context);
  }
}
