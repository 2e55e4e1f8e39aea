/**
 * Goal: an id named like a member of Object.prototype is an id like any other. Unknown, it is refused
 * as not found, naming it, by every command that looks one up; known, it is found as itself. (The
 * state once kept things in plain objects, where `constructor` found Object's constructor function.)
 */
import {
  appointJury,
  approvedApplication,
  command,
  eventsOf,
  issueGrant,
  openFund,
  personOf,
  publicContribution,
  setBudget,
  submitApplication,
} from '../../testing/fund.fixtures';
import { PROTOTYPE_MEMBER_IDS } from '../../testing/fund.arbitraries';
import { given } from '../../testing/given-when-then';
import type { FundCommand } from '../fund.commands';

const history = (...more: FundCommand[]) =>
  eventsOf([
    openFund(),
    setBudget(2024),
    publicContribution('c-1', '90000.00'),
    ...appointJury(),
    ...approvedApplication('a-1', '1000.00'),
    issueGrant('g-1', 'a-1', '1000.00'),
    ...more,
  ]);

const BY_APPLICATION_ID: readonly ((id: string) => FundCommand)[] = [
  (id) => command('DeclareApplicationEligible', { applicationId: id }),
  (id) => command('WithdrawApplication', { applicationId: id, reason: 'x' }),
  (id) =>
    command('PutApplicationOnAgenda', {
      applicationId: id,
      decisionId: 'd-9',
      meetingId: 'meeting-9',
      meetingDate: '2024-03-01',
    }),
  (id) => command('RecordJuryAttendance', { applicationId: id, presentMemberIds: ['m1'] }),
  (id) => command('DeclareConflictOfInterest', { applicationId: id, juror: personOf('m1'), reason: 'x' }),
  (id) => command('CastVote', { applicationId: id, juror: personOf('m1'), vote: 'yes' }),
  (id) => command('CorrectVote', { applicationId: id, juror: personOf('m1'), vote: 'no', reason: 'x' }),
  (id) => command('CloseVote', { applicationId: id, approvedAmount: '1.00' }),
  (id) => command('DeferApplication', { applicationId: id, reason: 'x' }),
  (id) => command('IssueGrantNotice', { grantId: 'g-9', applicationId: id, amount: '1.00' }),
];

const BY_GRANT_ID: readonly ((id: string) => FundCommand)[] = [
  (id) => command('MakePayout', { grantId: id, payoutId: 'p-9', amount: '1.00', valueDate: '2024-03-01' }),
  (id) => command('PayAdvance', { grantId: id, payoutId: 'p-9', amount: '1.00', valueDate: '2024-03-01' }),
  (id) => command('CloseGrant', { grantId: id }),
  (id) =>
    command('RecordRepayment', { grantId: id, repaymentId: 'r-9', amount: '1.00', valueDate: '2024-03-01' }),
];

describe.each(PROTOTYPE_MEMBER_IDS)('the id %s', (id) => {
  it.each(BY_APPLICATION_ID.map((build) => [build(id).type, build]))(
    'is an unknown application to %s',
    (_type, build) => {
      const error = given(history()).when(build(id)).thenThrows('APPLICATION.NOT_FOUND', 'applicationId');
      expect(error.message).toContain(id);
    },
  );

  it.each(BY_GRANT_ID.map((build) => [build(id).type, build]))(
    'is an unknown grant to %s',
    (_type, build) => {
      given(history()).when(build(id)).thenThrows('GRANT.NOT_FOUND', 'grantId');
    },
  );

  it('is an unknown member to the attendance, a vote and a removal', () => {
    const onAgenda = history(
      submitApplication('a-2'),
      command('DeclareApplicationEligible', { applicationId: 'a-2' }),
      command('PutApplicationOnAgenda', {
        applicationId: 'a-2',
        decisionId: 'd-2',
        meetingId: 'meeting-2',
        meetingDate: '2024-03-01',
      }),
    );
    given(onAgenda)
      .when(command('RecordJuryAttendance', { applicationId: 'a-2', presentMemberIds: ['m1', id] }))
      .thenThrows('JURY.MEMBER_NOT_FOUND', 'presentMemberIds');
    given(onAgenda)
      .when(command('CastVote', { applicationId: 'a-2', memberId: id, juror: personOf(id), vote: 'yes' }))
      .thenThrows('JURY.MEMBER_NOT_FOUND', 'memberId');
    given(onAgenda)
      .when(command('RemoveJuryMember', { memberId: id, reason: 'x' }))
      .thenThrows('JURY.MEMBER_NOT_FOUND', 'memberId');
  });

  it('is found as itself once created', () => {
    const created = eventsOf([
      openFund(),
      setBudget(2024),
      publicContribution('c-1', '90000.00'),
      submitApplication(id),
    ]);
    given(created)
      .when(command('DeclareApplicationEligible', { applicationId: id }))
      .then([
        {
          type: 'ApplicationDeclaredEligible',
          data: { fundId: 'city-fonds', occurredAt: '2024-03-01T10:00:00Z', applicationId: id },
        },
      ]);
  });
});
