import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CastVote } from '@fund-ledger/domain';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { jurorAction } from '../../shared/juror-action';
import { CastVoteCommand } from './cast-vote.command';

@CommandHandler(CastVoteCommand)
export class CastVoteHandler implements ICommandHandler<CastVoteCommand, FundCommandResponse> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: CastVoteCommand): Promise<FundCommandResponse> {
    const command: CastVote = {
      type: 'CastVote',
      ...commandBase(path, context),
      applicationId: path.applicationId,
      ...jurorAction(context.actor, body.memberId),
      vote: body.vote,
    };
    return this.funds.run(command, path.applicationId, context);
  }
}
