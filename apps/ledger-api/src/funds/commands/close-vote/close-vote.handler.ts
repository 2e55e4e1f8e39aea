import { correctionOf } from '../../shared/business-date.dto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CloseVote } from '@fund-ledger/domain';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { CloseVoteCommand } from './close-vote.command';

@CommandHandler(CloseVoteCommand)
export class CloseVoteHandler implements ICommandHandler<CloseVoteCommand, FundCommandResponse> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: CloseVoteCommand): Promise<FundCommandResponse> {
    const command: CloseVote = {
      type: 'CloseVote',
      ...commandBase(path, context),
      applicationId: path.applicationId,
      approvedAmount: body.approvedAmount,
      meetingDate: body.meetingDate,
      ...correctionOf(body),
    };
    return this.funds.run(command, path.applicationId, context);
  }
}
