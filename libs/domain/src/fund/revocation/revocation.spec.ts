/**
 * Goal: a revoked grant releases what is unpaid and demands back what was paid with interest
 * computed from the rate and days on the command; repayments settle the debt to the cent and
 * return the money to the pots it came from.
 */
import {
  approvedApplication,
  appointJury,
  command,
  eventsOf,
  issueGrant,
  openFund,
  POOLED_SETTINGS,
  privateContribution,
  publicContribution,
  setBudget,
  cityPart as city,
  eventBaseOn,
  recordedOn,
} from '../../testing/fund.fixtures';
import { given } from '../../testing/given-when-then';
import type { FundCommand } from '../fund.commands';
import { replayFund } from '../fund.decider';
import { availableOf } from '../shared/pots';

// Recorded on the days they happened: the notice on 1 March (the fixtures' default instant), proof and
// payout on 1 June, the revocation on 1 July, the repayments on 1 September.
const proofAndPayout = (amount: string): FundCommand[] =>
  [
    command('SubmitProofOfUse', { grantId: 'g-1', reportedCosts: '4200.00', reference: 'VN' }),
    command('AcceptProofOfUse', { grantId: 'g-1', provenEligibleCosts: '4200.00' }),
    command('MakePayout', { grantId: 'g-1', payoutId: 'pay-1', amount, valueDate: '2024-06-01' }),
  ].map((next) => recordedOn('2024-06-01', next));
const granted = (...more: FundCommand[]) =>
  eventsOf([
    openFund(),
    setBudget(2024),
    publicContribution('c-1', '90000.00'),
    ...appointJury(),
    ...approvedApplication('a-1', '1000.00'),
    issueGrant('g-1', 'a-1', '1000.00'),
    ...more,
  ]);
const revoke = (repaymentPrincipal: string, interestRatePercentPerYear = '5.12', interestDays = 365) =>
  recordedOn(
    '2024-07-01',
    command('RevokeGrant', {
      grantId: 'g-1',
      reason: 'Funds used for another purpose',
      repaymentPrincipal,
      interestRatePercentPerYear,
      interestDays,
    }),
  );
const repay = (amount: string, repaymentId = 'r-1') =>
  recordedOn(
    '2024-09-01',
    command('RecordRepayment', { grantId: 'g-1', repaymentId, amount, valueDate: '2024-09-01' }),
  );
const revokedBase = { ...eventBaseOn('2024-07-01'), noticeDate: '2024-07-01' };
const repaidBase = eventBaseOn('2024-09-01');

describe('RevokeGrant', () => {
  it('demands a paid and closed grant back with a year of interest', () => {
    given(granted(...proofAndPayout('1000.00'), command('CloseGrant', { grantId: 'g-1' })))
      .when(revoke('1000.00'))
      .then([
        {
          type: 'GrantRevoked',
          data: {
            ...revokedBase,
            grantId: 'g-1',
            applicationId: 'a-1',
            reason: 'Funds used for another purpose',
          },
        },
        {
          type: 'RepaymentDemanded',
          data: {
            ...revokedBase,
            grantId: 'g-1',
            applicationId: 'a-1',
            reason: 'revoked',
            principal: '1000.00',
            interestRatePercentPerYear: '5.12',
            interestDays: 365,
            interest: '51.20',
            amount: '1051.20',
            publicPart: '1051.20',
            privatePart: '0.00',
            publicFunderParts: city('1051.20'),
          },
        },
      ]);
  });

  it('rounds interest half up to the cent (30 days at 5.12 % on 1,000 EUR is 4.2082 EUR)', () => {
    const events = given(granted(...proofAndPayout('1000.00')))
      .when(revoke('1000.00', '5.12', 30))
      .events();
    expect(events.find((event) => event.type === 'RepaymentDemanded')).toMatchObject({
      data: { interest: '4.21', amount: '1004.21' },
    });
  });

  it('releases the unpaid commitment and demands only what was paid', () => {
    const events = given(granted(...proofAndPayout('300.00')))
      .when(revoke('300.00', '0', 0))
      .events();
    expect(events).toMatchObject([
      { type: 'GrantRevoked' },
      { type: 'GrantCommitmentReleased', data: { reason: 'revoked', amount: '700.00' } },
      { type: 'RepaymentDemanded', data: { principal: '300.00', interest: '0.00', amount: '300.00' } },
    ]);
  });

  it('demands nothing when nothing was paid', () => {
    const events = given(granted())
      .when(revoke('0.00', '0', 0))
      .events();
    expect(events.map((event) => event.type)).toEqual(['GrantRevoked', 'GrantCommitmentReleased']);
  });

  it('returns each euro of a pooled grant to the pot that paid it', () => {
    const pooled = eventsOf([
      openFund(POOLED_SETTINGS),
      setBudget(2024, '100000.00'),
      publicContribution('c-1', '3000.00'),
      privateContribution('p-1', '3000.00'),
      ...appointJury(),
      ...approvedApplication('a-1', '1000.00'),
      issueGrant('g-1', 'a-1', '1000.00'),
      ...proofAndPayout('1000.00'),
    ]);
    const [, demand] = given(pooled)
      .when(revoke('1000.00', '6', 73))
      .events();
    expect(demand).toMatchObject({
      data: {
        interest: '12.00',
        amount: '1012.00',
        publicPart: '506.00',
        privatePart: '506.00',
        publicFunderParts: [
          { funderId: 'federal', amount: '168.65' },
          { funderId: 'state', amount: '168.65' },
          { funderId: 'city', amount: '168.70' },
        ],
      },
    });
  });

  it('refuses to demand more than was paid', () => {
    given(granted(...proofAndPayout('300.00')))
      .when(revoke('300.01'))
      .thenThrows('REPAYMENT.EXCEEDS_PAID', 'repaymentPrincipal');
  });

  it('refuses to revoke twice or to revoke an expired grant', () => {
    given(granted(revoke('0.00')))
      .when(revoke('0.00'))
      .thenThrows('GRANT.INVALID_STATE', 'grantId');
    given(granted(command('ExpireGrant', { grantId: 'g-1', reason: 'Late' })))
      .when(revoke('0.00'))
      .thenThrows('GRANT.INVALID_STATE');
  });

  it('refuses a malformed interest rate or day count', () => {
    given(granted())
      .when(revoke('0.00', '5,12'))
      .thenThrows('COMMAND.INVALID_INPUT', 'interestRatePercentPerYear');
    given(granted())
      .when(revoke('0.00', '101'))
      .thenThrows('COMMAND.INVALID_INPUT', 'interestRatePercentPerYear');
    given(granted())
      .when(revoke('0.00', '5', -1))
      .thenThrows('COMMAND.INVALID_INPUT', 'interestDays');
    given(granted())
      .when(revoke('0.00', '5', 1.5))
      .thenThrows('COMMAND.INVALID_INPUT', 'interestDays');
  });
});

describe('RecordRepayment', () => {
  const owing = (...more: FundCommand[]) =>
    granted(...proofAndPayout('1000.00'), revoke('1000.00', '5.12', 365), ...more);

  it('records a part repayment and what is still owed', () => {
    given(owing())
      .when(repay('51.20'))
      .then([
        {
          type: 'RepaymentReceived',
          data: {
            ...repaidBase,
            grantId: 'g-1',
            applicationId: 'a-1',
            repaymentId: 'r-1',
            valueDate: '2024-09-01',
            fiscalYear: 2024,
            outstanding: '1000.00',
            amount: '51.20',
            publicPart: '51.20',
            privatePart: '0.00',
            publicFunderParts: city('51.20'),
          },
        },
      ]);
  });

  it('settles the repayment when the last cent arrives and returns the money to the public pot', () => {
    const last = given(owing(repay('51.20')))
      .when(repay('1000.00', 'r-2'))
      .events();
    expect(last).toEqual([
      expect.objectContaining({
        type: 'RepaymentReceived',
        data: expect.objectContaining({ outstanding: '0.00' }),
      }),
      {
        type: 'RepaymentSettled',
        data: { ...repaidBase, grantId: 'g-1', applicationId: 'a-1', totalRepaid: '1051.20' },
      },
    ]);
    const state = replayFund(
      owing(repay('51.20'), repay('1000.00', 'r-2')).map((event, index) => ({
        event,
        commandId: `e-${index}`,
      })),
    );
    expect(availableOf(state.publicPot).toFixed(2)).toBe('90051.20');
  });

  it('refuses a repayment when nothing is owed, above what is owed, or with a used id', () => {
    given(granted()).when(repay('1.00')).thenThrows('REPAYMENT.NOT_DUE', 'grantId');
    given(owing()).when(repay('1051.21')).thenThrows('REPAYMENT.EXCEEDS_OUTSTANDING', 'amount');
    given(owing(repay('1.00')))
      .when(repay('1.00'))
      .thenThrows('REPAYMENT.DUPLICATE_ID', 'repaymentId');
  });
});
