/**
 * Goal: the jury decides only as the rules say: members vote once, only when present and free of a
 * conflict of interest; a vote closes only with a quorum (recused members do not count); the
 * outcome follows the majority rule, and the closing event carries the tally and who was present.
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
import type { FundCommand, PersonIdentity, VoteChoice } from '../fund.commands';
import type { FundSettingsInput } from '../fund.settings';

const onAgenda = (settings: FundSettingsInput = DORTMUND_SETTINGS): FundCommand[] => [
  openFund(settings),
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
const attend = (...memberIds: string[]) =>
  command('RecordJuryAttendance', { applicationId: 'a-1', presentMemberIds: memberIds });
const vote = (memberId: string, choice: VoteChoice) =>
  command('CastVote', { applicationId: 'a-1', memberId, vote: choice, juror: personOf(memberId) });
const closeVote = (approvedAmount = '1000.00') =>
  command('CloseVote', { applicationId: 'a-1', approvedAmount });
const history = (...more: FundCommand[]) => eventsOf([...onAgenda(), ...more]);

describe('AppointJuryMember and RemoveJuryMember', () => {
  it('appoints a member for a group', () => {
    given(eventsOf([openFund()]))
      .when(
        command('AppointJuryMember', {
          memberId: 'm-9',
          name: 'Dr. Erika Muster',
          group: 'administration',
          subject: personOf('m-9').subject,
        }),
      )
      .then([
        {
          type: 'JuryMemberAppointed',
          data: {
            ...base,
            memberId: 'm-9',
            name: 'Dr. Erika Muster',
            group: 'administration',
            subject: 'person-m-9',
          },
        },
      ]);
  });

  it('refuses to appoint a sitting member again and an unknown group', () => {
    given(history())
      .when(
        command('AppointJuryMember', {
          memberId: 'm1',
          name: 'X',
          group: 'politics',
          subject: personOf('m1').subject,
        }),
      )
      .thenThrows('JURY.MEMBER_ALREADY_APPOINTED', 'memberId');
    given(history())
      .when(
        command('AppointJuryMember', {
          memberId: 'm-9',
          name: 'X',
          group: 'press' as never,
          subject: personOf('m-9').subject,
        }),
      )
      .thenThrows('COMMAND.INVALID_INPUT', 'group');
  });

  it('records the issuer of the person when accounts come from an identity provider', () => {
    const [event] = given(eventsOf([openFund()]))
      .when(
        command('AppointJuryMember', {
          memberId: 'm-9',
          name: 'Erika Muster',
          group: 'politics',
          subject: '5f0c6a1e-77b2',
          issuer: 'https://login.dortmund.example/realms/city',
        }),
      )
      .events();
    expect(event?.data).toMatchObject({
      subject: '5f0c6a1e-77b2',
      issuer: 'https://login.dortmund.example/realms/city',
    });
  });

  it('refuses an appointment without a person, and a person who already sits under another id', () => {
    given(eventsOf([openFund()]))
      .when(command('AppointJuryMember', { memberId: 'm-9', name: 'X', group: 'politics', subject: ' ' }))
      .thenThrows('COMMAND.INVALID_INPUT', 'person.subject');
    given(history())
      .when(
        command('AppointJuryMember', { memberId: 'm-9', name: 'X', group: 'politics', subject: 'person-m1' }),
      )
      .thenThrows('JURY.PERSON_ALREADY_APPOINTED', 'subject');
    given(history(command('RemoveJuryMember', { memberId: 'm1', reason: 'Moved' })))
      .when(
        command('AppointJuryMember', { memberId: 'm-9', name: 'X', group: 'politics', subject: 'person-m1' }),
      )
      .then([
        {
          type: 'JuryMemberAppointed',
          data: { ...base, memberId: 'm-9', name: 'X', group: 'politics', subject: 'person-m1' },
        },
      ]);
  });

  it('records a member leaving; refuses an id never appointed (not found) and a member already removed', () => {
    given(history())
      .when(command('RemoveJuryMember', { memberId: 'm7', reason: 'Term ended' }))
      .then([{ type: 'JuryMemberLeft', data: { ...base, memberId: 'm7', reason: 'Term ended' } }]);
    given(history())
      .when(command('RemoveJuryMember', { memberId: 'x', reason: 'r' }))
      .thenThrows('JURY.MEMBER_NOT_FOUND', 'memberId');
    given(history(command('RemoveJuryMember', { memberId: 'm7', reason: 'Term ended' })))
      .when(command('RemoveJuryMember', { memberId: 'm7', reason: 'r' }))
      .thenThrows('JURY.NOT_A_MEMBER', 'memberId');
  });
});

describe('PutApplicationOnAgenda', () => {
  const put = (decisionId = 'd-2') =>
    command('PutApplicationOnAgenda', {
      applicationId: 'a-1',
      decisionId,
      meetingId: 'meeting-2',
      meetingDate: '2024-04-05',
    });

  it('opens a decision about an eligible application at a meeting', () => {
    given(eventsOf(onAgenda().slice(0, -1)))
      .when(put())
      .then([
        {
          type: 'ApplicationPutOnAgenda',
          data: {
            ...base,
            applicationId: 'a-1',
            decisionId: 'd-2',
            meetingId: 'meeting-2',
            meetingDate: '2024-04-05',
          },
        },
      ]);
  });

  it('refuses a second open decision, a submitted application and a used decision id', () => {
    given(history()).when(put()).thenThrows('JURY.DECISION_ALREADY_OPEN', 'applicationId');
    given(eventsOf(onAgenda().slice(0, -2)))
      .when(put())
      .thenThrows('APPLICATION.INVALID_STATE', 'applicationId');
    given(history(command('DeferApplication', { applicationId: 'a-1', reason: 'Later' })))
      .when(put('d-1'))
      .thenThrows('JURY.DUPLICATE_DECISION_ID', 'decisionId');
  });

  it('puts a deferred application back on the agenda', () => {
    given(history(command('DeferApplication', { applicationId: 'a-1', reason: 'Later' })))
      .when(put())
      .events();
  });

  it('refuses an impossible meeting date', () => {
    given(eventsOf(onAgenda().slice(0, -1)))
      .when({ ...put(), meetingDate: '2024-02-30' })
      .thenThrows('COMMAND.INVALID_INPUT', 'meetingDate');
  });
});

describe('RecordJuryAttendance', () => {
  it('records the members present for the decision', () => {
    given(history())
      .when(attend('m1', 'm2', 'm3', 'm4'))
      .then([
        {
          type: 'JuryAttendanceRecorded',
          data: {
            ...base,
            applicationId: 'a-1',
            decisionId: 'd-1',
            presentMemberIds: ['m1', 'm2', 'm3', 'm4'],
          },
        },
      ]);
  });

  it('refuses without an open decision, with a non-member, twice the same member, or without a member who voted', () => {
    given(eventsOf(onAgenda().slice(0, -1)))
      .when(attend('m1'))
      .thenThrows('JURY.NO_OPEN_DECISION', 'applicationId');
    given(history()).when(attend('m1', 'stranger')).thenThrows('JURY.MEMBER_NOT_FOUND', 'presentMemberIds');
    given(history(command('RemoveJuryMember', { memberId: 'm7', reason: 'Moved' })))
      .when(attend('m1', 'm7'))
      .thenThrows('JURY.NOT_A_MEMBER', 'presentMemberIds');
    given(history()).when(attend('m1', 'm1')).thenThrows('COMMAND.INVALID_INPUT', 'presentMemberIds');
    given(history(attend('m1', 'm2'), vote('m2', 'yes')))
      .when(attend('m1'))
      .thenThrows('COMMAND.INVALID_INPUT', 'presentMemberIds');
  });
});

describe('DeclareConflictOfInterest', () => {
  it('records a conflict of interest against the open decision', () => {
    given(history())
      .when(
        command('DeclareConflictOfInterest', {
          applicationId: 'a-1',
          memberId: 'm3',
          reason: 'Board member of the applicant',
          juror: personOf('m3'),
        }),
      )
      .then([
        {
          type: 'ConflictOfInterestDeclared',
          data: {
            ...base,
            applicationId: 'a-1',
            memberId: 'm3',
            reason: 'Board member of the applicant',
            decisionId: 'd-1',
          },
        },
      ]);
  });

  it('refuses a non-member, a second declaration and a declaration after voting', () => {
    const declare = (memberId: string) =>
      command('DeclareConflictOfInterest', {
        applicationId: 'a-1',
        memberId,
        reason: 'Sponsor',
        juror: personOf(memberId),
      });
    given(history()).when(declare('x')).thenThrows('JURY.MEMBER_NOT_FOUND', 'memberId');
    given(history(declare('m3')))
      .when(declare('m3'))
      .thenThrows('JURY.CONFLICT_ALREADY_DECLARED', 'memberId');
    given(history(attend('m3'), vote('m3', 'yes')))
      .when(declare('m3'))
      .thenThrows('JURY.CONFLICT_AFTER_VOTE', 'memberId');
  });

  it('refuses once the application has been decided', () => {
    given(history(attend('m1', 'm2', 'm3', 'm4'), vote('m1', 'yes'), closeVote()))
      .when(
        command('DeclareConflictOfInterest', {
          applicationId: 'a-1',
          memberId: 'm2',
          reason: 'x',
          juror: personOf('m2'),
        }),
      )
      .thenThrows('APPLICATION.INVALID_STATE');
  });
});

describe('CastVote', () => {
  const present = attend('m1', 'm2', 'm3', 'm4', 'm5');

  it('records a present member’s vote', () => {
    given(history(present))
      .when(vote('m1', 'abstain'))
      .then([
        {
          type: 'VoteCast',
          data: { ...base, applicationId: 'a-1', decisionId: 'd-1', memberId: 'm1', vote: 'abstain' },
        },
      ]);
  });

  it('refuses a non-member, a recused member, an absent member and a second vote', () => {
    given(history(present)).when(vote('stranger', 'yes')).thenThrows('JURY.MEMBER_NOT_FOUND', 'memberId');
    given(
      history(
        command('DeclareConflictOfInterest', {
          applicationId: 'a-1',
          memberId: 'm2',
          reason: 'Owner',
          juror: personOf('m2'),
        }),
        present,
      ),
    )
      .when(vote('m2', 'yes'))
      .thenThrows('JURY.MEMBER_RECUSED', 'memberId');
    given(history(present)).when(vote('m7', 'yes')).thenThrows('JURY.MEMBER_NOT_PRESENT', 'memberId');
    given(history(present, vote('m1', 'yes')))
      .when(vote('m1', 'no'))
      .thenThrows('JURY.ALREADY_VOTED', 'memberId');
  });

  it('refuses a vote from a member who has left and a vote on an application not on the agenda', () => {
    given(history(present, command('RemoveJuryMember', { memberId: 'm5', reason: 'Left' })))
      .when(vote('m5', 'yes'))
      .thenThrows('JURY.NOT_A_MEMBER', 'memberId');
    given(eventsOf(onAgenda().slice(0, -1)))
      .when(vote('m1', 'yes'))
      .thenThrows('JURY.NO_OPEN_DECISION');
  });

  it('refuses a choice other than yes, no or abstain', () => {
    given(history(present))
      .when(vote('m1', 'maybe' as VoteChoice))
      .thenThrows('COMMAND.INVALID_INPUT', 'vote');
  });
});

describe('CorrectVote', () => {
  it('records a correction as a new event naming the previous vote', () => {
    given(history(attend('m1'), vote('m1', 'no')))
      .when(
        command('CorrectVote', {
          applicationId: 'a-1',
          memberId: 'm1',
          vote: 'yes',
          reason: 'Misrecorded by the secretary',
          juror: personOf('m1'),
        }),
      )
      .then([
        {
          type: 'VoteCorrected',
          data: {
            ...base,
            applicationId: 'a-1',
            decisionId: 'd-1',
            memberId: 'm1',
            previousVote: 'no',
            vote: 'yes',
            reason: 'Misrecorded by the secretary',
          },
        },
      ]);
  });

  it('refuses to correct a vote never cast or to the same choice', () => {
    given(history(attend('m1')))
      .when(
        command('CorrectVote', {
          applicationId: 'a-1',
          memberId: 'm1',
          vote: 'yes',
          reason: 'r',
          juror: personOf('m1'),
        }),
      )
      .thenThrows('JURY.NOT_VOTED', 'memberId');
    given(history(attend('m1'), vote('m1', 'yes')))
      .when(
        command('CorrectVote', {
          applicationId: 'a-1',
          memberId: 'm1',
          vote: 'yes',
          reason: 'r',
          juror: personOf('m1'),
        }),
      )
      .thenThrows('COMMAND.INVALID_INPUT', 'vote');
  });
});

describe('CloseVote', () => {
  it('approves with the tally, the members present and the recusals', () => {
    given(
      history(
        command('DeclareConflictOfInterest', {
          applicationId: 'a-1',
          memberId: 'm5',
          reason: 'Sponsor',
          juror: personOf('m5'),
        }),
        attend('m1', 'm2', 'm3', 'm4', 'm5'),
        vote('m1', 'yes'),
        vote('m2', 'yes'),
        vote('m3', 'no'),
        vote('m4', 'abstain'),
      ),
    )
      .when(closeVote('900.00'))
      .then([
        {
          type: 'JuryVoteClosed',
          data: {
            ...base,
            meetingDate: '2024-03-01',
            applicationId: 'a-1',
            decisionId: 'd-1',
            meetingId: 'meeting-1',
            memberCount: 7,
            presentMemberIds: ['m1', 'm2', 'm3', 'm4', 'm5'],
            recusedMemberIds: ['m5'],
            quorumPresentCount: 4,
            quorumRequired: 4,
            majorityRule: 'simple',
            votes: [
              { memberId: 'm1', vote: 'yes' },
              { memberId: 'm2', vote: 'yes' },
              { memberId: 'm3', vote: 'no' },
              { memberId: 'm4', vote: 'abstain' },
            ],
            tally: { yes: 2, no: 1, abstain: 1 },
            outcome: 'approved',
            motionAmount: '900.00',
          },
        },
        {
          type: 'ApplicationApproved',
          data: {
            ...base,
            applicationId: 'a-1',
            decisionId: 'd-1',
            meetingDate: '2024-03-01',
            approvedAmount: '900.00',
          },
        },
      ]);
  });

  it('rejects on a tie, since a simple majority needs more yes than no', () => {
    const events = given(history(attend('m1', 'm2', 'm3', 'm4'), vote('m1', 'yes'), vote('m2', 'no')))
      .when(closeVote())
      .events();
    expect(events.map((event) => event.type)).toEqual(['JuryVoteClosed', 'ApplicationRejected']);
    expect(events[1]).toEqual({
      type: 'ApplicationRejected',
      data: { ...base, applicationId: 'a-1', decisionId: 'd-1', meetingDate: '2024-03-01' },
    });
  });

  it('counts a corrected vote as corrected', () => {
    const events = given(
      history(
        attend('m1', 'm2', 'm3', 'm4'),
        vote('m1', 'no'),
        command('CorrectVote', {
          applicationId: 'a-1',
          memberId: 'm1',
          vote: 'yes',
          reason: 'r',
          juror: personOf('m1'),
        }),
      ),
    )
      .when(closeVote())
      .events();
    expect(events[0]).toMatchObject({ data: { tally: { yes: 1, no: 0, abstain: 0 }, outcome: 'approved' } });
  });

  it('needs two thirds of the yes and no votes under the two-thirds rule', () => {
    const twoThirds = { ...DORTMUND_SETTINGS, jury: { majority: 'two-thirds' as const } };
    const votes = [
      attend('m1', 'm2', 'm3', 'm4'),
      vote('m1', 'yes'),
      vote('m2', 'yes'),
      vote('m3', 'no'),
      vote('m4', 'abstain'),
    ];
    const [closed] = given(eventsOf([...onAgenda(twoThirds), ...votes]))
      .when(closeVote())
      .events();
    expect(closed).toMatchObject({ data: { majorityRule: 'two-thirds', outcome: 'approved' } });
    const fewer = [attend('m1', 'm2', 'm3', 'm4'), vote('m1', 'yes'), vote('m2', 'no'), vote('m3', 'no')];
    const [failed] = given(eventsOf([...onAgenda(twoThirds), ...fewer]))
      .when(closeVote())
      .events();
    expect(failed).toMatchObject({ data: { outcome: 'rejected' } });
  });

  it('refuses without a quorum, recused members not counting towards it', () => {
    given(
      history(
        command('DeclareConflictOfInterest', {
          applicationId: 'a-1',
          memberId: 'm4',
          reason: 'Neighbour',
          juror: personOf('m4'),
        }),
        attend('m1', 'm2', 'm3', 'm4'),
        vote('m1', 'yes'),
      ),
    )
      .when(closeVote())
      .thenThrows('JURY.QUORUM_NOT_REACHED');
  });

  it('uses a fixed minimum of members present when the fund says so', () => {
    const sixOfEleven = {
      ...DORTMUND_SETTINGS,
      jury: { quorum: { kind: 'minimum-present' as const, count: 6 } },
    };
    given(eventsOf([...onAgenda(sixOfEleven), attend('m1', 'm2', 'm3', 'm4', 'm5'), vote('m1', 'yes')]))
      .when(closeVote())
      .thenThrows('JURY.QUORUM_NOT_REACHED');
  });

  it('refuses a motion above the requested grant or beyond the per-project rules', () => {
    const quorate = history(attend('m1', 'm2', 'm3', 'm4'), vote('m1', 'yes'));
    given(quorate)
      .when(closeVote('1000.01'))
      .thenThrows('APPLICATION.APPROVAL_EXCEEDS_REQUEST', 'approvedAmount');
    given(quorate).when(closeVote('abc')).thenThrows('MONEY.INVALID_AMOUNT', 'approvedAmount');
  });

  it('refuses when the application is not on the agenda', () => {
    given(eventsOf(onAgenda().slice(0, -1)))
      .when(closeVote())
      .thenThrows('JURY.NO_OPEN_DECISION');
  });
});

describe('DeferApplication', () => {
  it('closes the agenda item without a decision', () => {
    given(history(attend('m1'), vote('m1', 'yes')))
      .when(command('DeferApplication', { applicationId: 'a-1', reason: 'Cost estimate to be checked' }))
      .then([
        {
          type: 'ApplicationDeferred',
          data: {
            ...base,
            applicationId: 'a-1',
            decisionId: 'd-1',
            reason: 'Cost estimate to be checked',
            meetingDate: '2024-03-01',
          },
        },
      ]);
  });

  it('refuses when nothing is on the agenda', () => {
    given(eventsOf(onAgenda().slice(0, -1)))
      .when(command('DeferApplication', { applicationId: 'a-1', reason: 'x' }))
      .thenThrows('JURY.NO_OPEN_DECISION');
  });
});

describe('a juror acts only as the person appointed, in their own seat', () => {
  const present = attend('m1', 'm2', 'm3', 'm4', 'm5');
  const castBy = (juror: PersonIdentity, memberId?: string) =>
    command('CastVote', {
      applicationId: 'a-1',
      juror,
      vote: 'yes',
      ...(memberId === undefined ? {} : { memberId }),
    });

  it('finds the seat from the person when the request names none', () => {
    const [event] = given(history(present))
      .when(castBy(personOf('m3')))
      .events();
    expect(event).toMatchObject({ type: 'VoteCast', data: { memberId: 'm3', vote: 'yes' } });
  });

  it('refuses a person not appointed to this jury, whatever member id they name', () => {
    const carol = { subject: 'carol' };
    given(history(present)).when(castBy(carol)).thenThrows('JURY.NOT_APPOINTED');
    given(history(present)).when(castBy(carol, 'm1')).thenThrows('JURY.NOT_THIS_MEMBER', 'memberId');
  });

  it('refuses one member acting for another, for votes, corrections and declarations alike', () => {
    given(history(present))
      .when(castBy(personOf('m2'), 'm1'))
      .thenThrows('JURY.NOT_THIS_MEMBER', 'memberId');
    given(history(present, vote('m1', 'no')))
      .when(
        command('CorrectVote', {
          applicationId: 'a-1',
          memberId: 'm1',
          juror: personOf('m2'),
          vote: 'yes',
          reason: 'x',
        }),
      )
      .thenThrows('JURY.NOT_THIS_MEMBER', 'memberId');
    given(history())
      .when(
        command('DeclareConflictOfInterest', {
          applicationId: 'a-1',
          memberId: 'm1',
          juror: personOf('m2'),
          reason: 'x',
        }),
      )
      .thenThrows('JURY.NOT_THIS_MEMBER', 'memberId');
  });

  it('compares the issuer too: the same subject from another identity provider is another person', () => {
    const issued = { subject: 'erika', issuer: 'https://login.city.example' };
    const appointed = history(
      command('AppointJuryMember', { memberId: 'm-9', name: 'Erika', group: 'politics', ...issued }),
      attend('m1', 'm2', 'm3', 'm4', 'm-9'),
    );
    given(appointed)
      .when(castBy({ subject: 'erika', issuer: 'https://elsewhere.example' }))
      .thenThrows('JURY.NOT_APPOINTED');
    given(appointed)
      .when(castBy({ subject: 'erika' }))
      .thenThrows('JURY.NOT_APPOINTED');
    expect(given(appointed).when(castBy(issued)).events()).toHaveLength(1);
  });

  it('refuses a removed member at once, by person or by seat', () => {
    const removed = history(present, command('RemoveJuryMember', { memberId: 'm5', reason: 'Resigned' }));
    given(removed)
      .when(castBy(personOf('m5')))
      .thenThrows('JURY.NOT_A_MEMBER', 'memberId');
    given(removed)
      .when(castBy(personOf('m5'), 'm5'))
      .thenThrows('JURY.NOT_A_MEMBER', 'memberId');
  });

  it('lets no token act for a member appointed before people were recorded', () => {
    const legacy = [
      ...eventsOf(onAgenda()),
      {
        type: 'JuryMemberAppointed' as const,
        data: { ...base, memberId: 'm-old', name: 'Old', group: 'politics' as const },
      },
    ];
    expect(given(legacy).state().juryMembers.get('m-old')).toMatchObject({ active: true, subject: null });
    given(legacy)
      .when(castBy({ subject: 'm-old' }, 'm-old'))
      .thenThrows('JURY.NOT_THIS_MEMBER', 'memberId');
  });
});
