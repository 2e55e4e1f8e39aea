import type { RecordJuryMeeting } from '@fund-ledger/domain';
import { commandBase } from '../../use-case-runner/fund-commands';
import { FundPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { RecordJuryMeetingRequestDto } from './record-jury-meeting.request.dto';

/** The minutes of a jury meeting, recorded once by the fund's office. */
export const recordJuryMeeting = fundUseCase({
  name: 'record-jury-meeting',
  route: 'funds/:fundId/jury/meetings',
  tag: 'Jury',
  roles: ['fund-manager'],
  summary: 'Record the minutes of a jury meeting',
  description:
    'The fund’s office records a meeting once: who attended, the conflicts declared, and per agenda item each member’s vote, the tally of a show of hands, or the reason for deferring. Each item is decided by the fund’s quorum, recusal and majority rules, exactly as if the members had voted themselves; the minutes are refused as a whole when one item breaks a rule, with the field named (e.g. `items[1].showOfHands` for JURY.TALLY_CONTRADICTS_ATTENDANCE, `items[0].votes[2].memberId` for JURY.MEMBER_RECUSED). Only where the fund’s setting `juryVoting` is `minuted` (JURY.MEMBERS_VOTE_THEMSELVES otherwise).',
  pathParams: FundPath,
  requestBody: RecordJuryMeetingRequestDto,
  toCommand(path, body, context) {
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
    return { command, resourceId: body.meetingId };
  },
});
