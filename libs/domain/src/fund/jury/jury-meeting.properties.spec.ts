/**
 * Goal: minutes decide exactly as the members' own votes would. For random attendance, conflicts,
 * votes (some members present leave theirs uncast), majority rules and motions, a fund whose members
 * vote themselves and a fund whose office minutes the meeting, with each member's vote or with only the
 * tally of a show of hands, reach the same decision: the same refusal, or the same quorum, tally,
 * outcome and approved amount.
 */
import fc from 'fast-check';
import { DomainError } from '../../decider';
import {
  appointJury,
  command,
  DORTMUND_SETTINGS,
  eventsOf,
  openFund,
  personOf,
  publicContribution,
  setBudget,
  SEVEN_MEMBERS,
  submitApplication,
} from '../../testing/fund.fixtures';
import { given } from '../../testing/given-when-then';
import type { FundCommand, VoteChoice } from '../fund.commands';
import type { FundEvent, JuryVoteClosed } from '../fund.events';
import type { JuryMajorityRule, JuryVoting } from '../fund.settings';

interface Meeting {
  readonly majority: JuryMajorityRule;
  readonly present: readonly string[];
  readonly recused: readonly string[];
  readonly votes: readonly { readonly memberId: string; readonly vote: VoteChoice }[];
  readonly approvedAmount: string;
}

const meetings: fc.Arbitrary<Meeting> = fc
  .record({
    majority: fc.constantFrom<JuryMajorityRule>('simple', 'two-thirds'),
    seats: fc.array(
      fc.record({
        present: fc.boolean(),
        recused: fc.boolean(),
        vote: fc.constantFrom<VoteChoice | null>('yes', 'no', 'abstain', null),
      }),
      { minLength: SEVEN_MEMBERS.length, maxLength: SEVEN_MEMBERS.length },
    ),
    approvedAmount: fc.constantFrom('1000.00', '500.00', '0.01'),
  })
  .map(({ majority, seats, approvedAmount }) => {
    const seated = seats.map((seat, index) => ({ ...seat, memberId: SEVEN_MEMBERS[index]! }));
    return {
      majority,
      approvedAmount,
      present: seated.filter((seat) => seat.present).map((seat) => seat.memberId),
      recused: seated.filter((seat) => seat.recused).map((seat) => seat.memberId),
      votes: seated
        .filter((seat) => seat.present && !seat.recused && seat.vote !== null)
        .map((seat) => ({ memberId: seat.memberId, vote: seat.vote! })),
    };
  });

function onAgenda(meeting: Meeting, juryVoting: JuryVoting): FundCommand[] {
  return [
    openFund({ ...DORTMUND_SETTINGS, juryVoting, jury: { majority: meeting.majority } }),
    setBudget(2024),
    publicContribution('c-1', '90000.00'),
    ...appointJury(),
    submitApplication('a-1'),
    command('DeclareApplicationEligible', { applicationId: 'a-1' }),
    command('PutApplicationOnAgenda', {
      applicationId: 'a-1',
      decisionId: 'd-1',
      meetingId: 'meeting-1',
      meetingDate: '2024-03-01',
    }),
  ];
}

/** The members' own steps: conflicts, attendance and votes first, then the office closes the vote. */
function votedByMembers(meeting: Meeting): Decision {
  const steps: FundCommand[] = [
    ...meeting.recused.map((memberId) =>
      command('DeclareConflictOfInterest', {
        applicationId: 'a-1',
        memberId,
        reason: 'Conflict',
        juror: personOf(memberId),
      }),
    ),
    command('RecordJuryAttendance', { applicationId: 'a-1', presentMemberIds: meeting.present }),
    ...meeting.votes.map(({ memberId, vote }) =>
      command('CastVote', { applicationId: 'a-1', memberId, vote, juror: personOf(memberId) }),
    ),
  ];
  const history = eventsOf([...onAgenda(meeting, 'members-vote'), ...steps]);
  return decisionOf(() =>
    given(history)
      .when(command('CloseVote', { applicationId: 'a-1', approvedAmount: meeting.approvedAmount }))
      .events(),
  );
}

function minuted(meeting: Meeting, record: 'votes' | 'show-of-hands'): Decision {
  const tally = { yes: 0, no: 0, abstain: 0 };
  for (const { vote } of meeting.votes) tally[vote] += 1;
  const item =
    record === 'votes'
      ? { applicationId: 'a-1', votes: meeting.votes, approvedAmount: meeting.approvedAmount }
      : { applicationId: 'a-1', showOfHands: tally, approvedAmount: meeting.approvedAmount };
  const minutes = command('RecordJuryMeeting', {
    meetingId: 'meeting-1',
    meetingDate: '2024-03-01',
    presentMemberIds: meeting.present,
    conflicts: meeting.recused.map((memberId) => ({ memberId, applicationId: 'a-1', reason: 'Conflict' })),
    items: [item],
  });
  return decisionOf(() =>
    given(eventsOf(onAgenda(meeting, 'minuted')))
      .when(minutes)
      .events(),
  );
}

type Decision =
  | { readonly refused: string }
  | { readonly closed: Partial<JuryVoteClosed['data']>; readonly outcome: string };

function decisionOf(decide: () => readonly FundEvent[]): Decision {
  try {
    const events = decide();
    const closed = events.find((event): event is JuryVoteClosed => event.type === 'JuryVoteClosed')!;
    const { occurredAt: _occurredAt, votes: _votes, showOfHands: _showOfHands, ...rest } = closed.data;
    return { closed: rest, outcome: events[events.length - 1]!.type };
  } catch (error) {
    if (error instanceof DomainError) return { refused: error.code };
    throw error;
  }
}

describe('a minuted jury meeting', () => {
  it('decides exactly as the same votes cast by the members themselves', () => {
    fc.assert(
      fc.property(meetings, (meeting) => {
        const byMembers = votedByMembers(meeting);
        expect(minuted(meeting, 'votes')).toEqual(byMembers);
        expect(minuted(meeting, 'show-of-hands')).toEqual(byMembers);
      }),
      { numRuns: 200 },
    );
  });

  it('meets approvals, rejections and missing quorums among the random meetings', () => {
    const decided = fc.sample(meetings, 300).map((meeting) => {
      const decision = votedByMembers(meeting);
      return 'refused' in decision ? decision.refused : decision.outcome;
    });
    expect(new Set(decided)).toEqual(
      new Set(['JURY.QUORUM_NOT_REACHED', 'ApplicationApproved', 'ApplicationRejected']),
    );
  });
});
