/**
 * Goal: the fund's office records a jury meeting once: attendance for the whole meeting, conflicts
 * declared, per agenda item each member's vote, the tally of a show of hands or a deferral, and the
 * decision follows by the same quorum, recusal and majority rules as when members vote themselves. A
 * tally that contradicts the attendance or the recusals is refused, and so is anything that breaks a
 * rule, with the field named within the minutes; the fund's setting decides which way of voting holds.
 */
import {
  appointJury,
  command,
  DORTMUND_SETTINGS,
  eventsOf,
  openFund,
  personOf,
  publicContribution,
  setBudget,
  submitApplication,
  EVENT_BASE as base,
} from '../../testing/fund.fixtures';
import { given } from '../../testing/given-when-then';
import type { FundCommand, MinutedAgendaItem, MinutedConflict } from '../fund.commands';
import type { FundSettingsInput } from '../fund.settings';

const MINUTED: FundSettingsInput = { ...DORTMUND_SETTINGS, juryVoting: 'minuted' };

const onAgenda = (applicationId: string, meetingId = 'meeting-1'): FundCommand[] => [
  submitApplication(applicationId),
  command('DeclareApplicationEligible', { applicationId }),
  command('PutApplicationOnAgenda', {
    applicationId,
    decisionId: `d-${applicationId}`,
    meetingId,
    meetingDate: '2024-03-01',
  }),
];
const history = (settings = MINUTED, ...more: FundCommand[]) =>
  eventsOf([
    openFund(settings),
    setBudget(2024),
    publicContribution('c-1', '90000.00'),
    ...appointJury(),
    ...onAgenda('a-1'),
    ...onAgenda('a-2'),
    ...more,
  ]);
const minutes = (
  items: readonly MinutedAgendaItem[],
  presentMemberIds: readonly string[] = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'],
  conflicts: readonly MinutedConflict[] = [],
) =>
  command('RecordJuryMeeting', {
    meetingId: 'meeting-1',
    meetingDate: '2024-03-01',
    presentMemberIds,
    conflicts,
    items,
  });
const hands = (yes: number, no: number, abstain = 0) => ({ yes, no, abstain });
const ATTENDED = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'];

describe('RecordJuryMeeting', () => {
  it('records the meeting once, then each item: attendance, conflicts, votes and the decision', () => {
    const events = given(history())
      .when(
        minutes(
          [
            {
              applicationId: 'a-1',
              votes: [
                { memberId: 'm1', vote: 'yes' },
                { memberId: 'm2', vote: 'yes' },
                { memberId: 'm3', vote: 'no' },
              ],
              approvedAmount: '1000.00',
            },
            { applicationId: 'a-2', deferralReason: 'A second quote is needed.' },
          ],
          ATTENDED,
          [{ memberId: 'm4', applicationId: 'a-1', reason: 'Board member of the applicant' }],
        ),
      )
      .events();

    expect(events.map((event) => event.type)).toEqual([
      'JuryMeetingMinuted',
      'JuryAttendanceRecorded',
      'ConflictOfInterestDeclared',
      'VoteCast',
      'VoteCast',
      'VoteCast',
      'JuryVoteClosed',
      'ApplicationApproved',
      'JuryAttendanceRecorded',
      'ApplicationDeferred',
    ]);
    expect(events[0]).toEqual({
      type: 'JuryMeetingMinuted',
      data: {
        ...base,
        meetingId: 'meeting-1',
        meetingDate: '2024-03-01',
        presentMemberIds: ATTENDED,
        applicationIds: ['a-1', 'a-2'],
      },
    });
    expect(events[6]).toMatchObject({
      data: {
        presentMemberIds: ATTENDED,
        recusedMemberIds: ['m4'],
        quorumPresentCount: 5,
        quorumRequired: 4,
        tally: { yes: 2, no: 1, abstain: 0 },
        outcome: 'approved',
      },
    });
    expect(events[6]!.data).not.toHaveProperty('showOfHands');
  });

  it('decides by the tally of a show of hands, recording no names', () => {
    const events = given(history())
      .when(minutes([{ applicationId: 'a-1', showOfHands: hands(2, 3, 1), approvedAmount: '1000.00' }]))
      .events();

    expect(events.map((event) => event.type)).toEqual([
      'JuryMeetingMinuted',
      'JuryAttendanceRecorded',
      'JuryVoteClosed',
      'ApplicationRejected',
    ]);
    expect(events[2]).toMatchObject({
      data: { votes: [], tally: { yes: 2, no: 3, abstain: 1 }, showOfHands: true, outcome: 'rejected' },
    });
  });

  it('refuses a tally with more hands than members present without a conflict', () => {
    const conflict = [{ memberId: 'm6', applicationId: 'a-1', reason: 'Sponsor of the project' }];
    given(history())
      .when(
        minutes(
          [{ applicationId: 'a-1', showOfHands: hands(5, 1), approvedAmount: '1000.00' }],
          ATTENDED,
          conflict,
        ),
      )
      .thenThrows('JURY.TALLY_CONTRADICTS_ATTENDANCE', 'items[0].showOfHands');
    given(history())
      .when(
        minutes(
          [{ applicationId: 'a-1', showOfHands: hands(4, 0, 1), approvedAmount: '1000.00' }],
          ATTENDED,
          conflict,
        ),
      )
      .events();
  });

  it('refuses a vote of a member recused or absent, naming the vote in the minutes', () => {
    given(history())
      .when(
        minutes(
          [{ applicationId: 'a-1', votes: [{ memberId: 'm4', vote: 'yes' }], approvedAmount: '1000.00' }],
          ATTENDED,
          [{ memberId: 'm4', applicationId: 'a-1', reason: 'Works for the applicant' }],
        ),
      )
      .thenThrows('JURY.MEMBER_RECUSED', 'items[0].votes[0].memberId');
    given(history())
      .when(
        minutes([
          { applicationId: 'a-1', votes: [{ memberId: 'm7', vote: 'yes' }], approvedAmount: '1000.00' },
        ]),
      )
      .thenThrows('JURY.MEMBER_NOT_PRESENT', 'items[0].votes[0].memberId');
    given(history())
      .when(
        minutes([
          {
            applicationId: 'a-1',
            votes: [
              { memberId: 'm1', vote: 'yes' },
              { memberId: 'm1', vote: 'no' },
            ],
            approvedAmount: '1000.00',
          },
        ]),
      )
      .thenThrows('JURY.ALREADY_VOTED', 'items[0].votes[1].memberId');
  });

  it('refuses a decision without a quorum, as a vote of the members would be', () => {
    given(history())
      .when(
        minutes(
          [{ applicationId: 'a-1', showOfHands: hands(3, 0), approvedAmount: '1000.00' }],
          ['m1', 'm2', 'm3'],
        ),
      )
      .thenThrows('JURY.QUORUM_NOT_REACHED', 'items[0].applicationId');
  });

  it('refuses items that are not on this meeting’s agenda, named twice, or record more than one outcome', () => {
    given(history(MINUTED, ...onAgenda('a-3', 'meeting-2')))
      .when(minutes([{ applicationId: 'a-3', showOfHands: hands(4, 0), approvedAmount: '1000.00' }]))
      .thenThrows('JURY.NOT_ON_THIS_MEETING', 'items[0].applicationId');
    given(history())
      .when(
        minutes([
          { applicationId: 'a-1', deferralReason: 'Later.' },
          { applicationId: 'a-1', deferralReason: 'Later.' },
        ]),
      )
      .thenThrows('COMMAND.INVALID_INPUT', 'items');
    given(history())
      .when(minutes([{ applicationId: 'a-1', showOfHands: hands(4, 0), deferralReason: 'Later.' }]))
      .thenThrows('COMMAND.INVALID_INPUT', 'items[0].votes');
    given(history())
      .when(minutes([{ applicationId: 'a-1', deferralReason: 'Later.', approvedAmount: '1.00' }]))
      .thenThrows('COMMAND.INVALID_INPUT', 'items[0].approvedAmount');
    given(history())
      .when(minutes([{ applicationId: 'a-1', showOfHands: hands(4, 0) }]))
      .thenThrows('MONEY.INVALID_AMOUNT', 'items[0].approvedAmount');
    given(history()).when(minutes([])).thenThrows('COMMAND.INVALID_INPUT', 'items');
  });

  it('refuses a conflict for an application not among the items, a stranger at the meeting, and a bad tally', () => {
    given(history())
      .when(
        minutes([{ applicationId: 'a-1', deferralReason: 'Later.' }], ATTENDED, [
          { memberId: 'm1', applicationId: 'a-2', reason: 'x' },
        ]),
      )
      .thenThrows('COMMAND.INVALID_INPUT', 'conflicts[0].applicationId');
    given(history())
      .when(minutes([{ applicationId: 'a-1', deferralReason: 'Later.' }], ['m1', 'stranger']))
      .thenThrows('JURY.MEMBER_NOT_FOUND', 'presentMemberIds');
    given(history())
      .when(
        minutes([
          { applicationId: 'a-1', showOfHands: { yes: 1.5, no: 0, abstain: 0 }, approvedAmount: '1.00' },
        ]),
      )
      .thenThrows('COMMAND.INVALID_INPUT', 'items[0].showOfHands.yes');
    given(history())
      .when(minutes([{ applicationId: 'a-1', showOfHands: hands(4, 0), approvedAmount: '1.005' }]))
      .thenThrows('MONEY.INVALID_AMOUNT', 'items[0].approvedAmount');
  });

  it('holds only where the fund minutes its meetings; there the members do not vote themselves', () => {
    const membersVote = { ...DORTMUND_SETTINGS, juryVoting: 'members-vote' as const };
    given(history(membersVote))
      .when(minutes([{ applicationId: 'a-1', deferralReason: 'Later.' }]))
      .thenThrows('JURY.MEMBERS_VOTE_THEMSELVES', 'meetingId');
    given(history())
      .when(command('CastVote', { applicationId: 'a-1', memberId: 'm1', vote: 'yes', juror: personOf('m1') }))
      .thenThrows('JURY.VOTES_ARE_MINUTED', 'applicationId');
    given(history())
      .when(command('CloseVote', { applicationId: 'a-1', approvedAmount: '1000.00' }))
      .thenThrows('JURY.VOTES_ARE_MINUTED', 'applicationId');
  });
});
