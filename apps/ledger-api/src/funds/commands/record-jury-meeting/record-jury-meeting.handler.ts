import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RecordJuryMeeting } from '@fund-ledger/domain';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { RecordJuryMeetingCommand } from './record-jury-meeting.command';

@CommandHandler(RecordJuryMeetingCommand)
export class RecordJuryMeetingHandler implements ICommandHandler<
  RecordJuryMeetingCommand,
  FundCommandResponse
> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: RecordJuryMeetingCommand): Promise<FundCommandResponse> {
    const command: RecordJuryMeeting = {
      type: 'RecordJuryMeeting',
      ...commandBase(path, context),
      meetingId: body.meetingId,
      meetingDate: body.meetingDate,
      presentMemberIds: body.presentMemberIds,
      conflicts: body.conflicts.map(({ memberId, applicationId, reason }) => ({
        memberId,
        applicationId,
        reason,
      })),
      items: body.items.map(({ applicationId, votes, showOfHands, approvedAmount, deferralReason }) => ({
        applicationId,
        ...(votes === undefined ? {} : { votes: votes.map(({ memberId, vote }) => ({ memberId, vote })) }),
        ...(showOfHands === undefined
          ? {}
          : { showOfHands: { yes: showOfHands.yes, no: showOfHands.no, abstain: showOfHands.abstain } }),
        ...(approvedAmount === undefined ? {} : { approvedAmount }),
        ...(deferralReason === undefined ? {} : { deferralReason }),
      })),
    };
    return this.funds.run(command, body.meetingId, context);
  }
}
