/**
 * Goal: a revoked grant releases what is unpaid and demands back what was paid, with interest the
 * domain computes from the dates (§ 49a VwVfG): from the day the grant became void to the notice, at 5
 * points above each half-year's base rate or at the notice's fixed rate, period by period; a repayment
 * arriving later owes the interest since, demanded before it is received; repayments settle the debt to
 * the cent and return the money to the pots it came from.
 */
import {
  FUND_OFFICE,
  approvedApplication,
  appointJury,
  command,
  eventsOf,
  issueGrant,
  openFund,
  DORTMUND_SETTINGS,
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
// payout on 1 June, the revocation on 1 July, the repayments on 1 July or later.
const proofAndPayout = (amount: string): FundCommand[] =>
  [
    command('SubmitProofOfUse', { grantId: 'g-1', reportedCosts: '4200.00', reference: 'VN' }),
    command('AcceptProofOfUse', { certifier: FUND_OFFICE, grantId: 'g-1', provenEligibleCosts: '4200.00' }),
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
interface RevocationTerms {
  readonly voidFrom?: string;
  readonly fixedInterestRatePercentPerYear?: string;
}

const revoke = (repaymentPrincipal: string, terms: RevocationTerms = {}) =>
  recordedOn(
    '2024-07-01',
    command('RevokeGrant', {
      certifier: FUND_OFFICE,
      grantId: 'g-1',
      reason: 'Funds used for another purpose',
      repaymentPrincipal,
      ...terms,
    }),
  );
const repay = (amount: string, repaymentId = 'r-1', valueDate = '2024-07-01') =>
  recordedOn(valueDate, command('RecordRepayment', { grantId: 'g-1', repaymentId, amount, valueDate }));
const revokedBase = { ...eventBaseOn('2024-07-01'), noticeDate: '2024-07-01' };
/** A year back from the notice at 5.12 %: 184 days of 2023 (25.81) and 182 of 2024 (25.53). */
const A_YEAR_AT_FIXED_RATE: RevocationTerms = {
  voidFrom: '2023-07-01',
  fixedInterestRatePercentPerYear: '5.12',
};

describe('RevokeGrant', () => {
  it('demands a paid and closed grant back with interest from the day it became void, period by period', () => {
    given(granted(...proofAndPayout('1000.00'), command('CloseGrant', { grantId: 'g-1' })))
      .when(revoke('1000.00', A_YEAR_AT_FIXED_RATE))
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
            interestDays: 366,
            interest: '51.34',
            interestStatement: {
              fixedRatePercentPerYear: '5.12',
              dayCount: 'actual/365',
              from: '2023-07-01',
              until: '2024-07-01',
              periods: [
                {
                  from: '2023-07-01',
                  until: '2024-01-01',
                  days: 184,
                  baseRatePercent: null,
                  ratePercentPerYear: '5.12',
                  interest: '25.81',
                },
                {
                  from: '2024-01-01',
                  until: '2024-07-01',
                  days: 182,
                  baseRatePercent: null,
                  ratePercentPerYear: '5.12',
                  interest: '25.53',
                },
              ],
            },
            amount: '1051.34',
            publicPart: '1051.34',
            privatePart: '0.00',
            publicFunderParts: city('1051.34'),
          },
        },
      ]);
  });

  it('takes 5 points above the base rate when the notice names no rate (30 days at 8.62 % on 1,000 EUR is 7.0849 EUR)', () => {
    const [, demand] = given(granted(...proofAndPayout('1000.00')))
      .when(revoke('1000.00', { voidFrom: '2024-06-01' }))
      .events();
    expect(demand).toMatchObject({
      data: {
        interest: '7.08',
        amount: '1007.08',
        interestStatement: {
          fixedRatePercentPerYear: null,
          periods: [{ days: 30, baseRatePercent: '3.62', ratePercentPerYear: '8.62', interest: '7.08' }],
        },
      },
    });
  });

  it('owes no interest yet when the grant became void with the notice', () => {
    const [, demand] = given(granted(...proofAndPayout('1000.00')))
      .when(revoke('1000.00'))
      .events();
    expect(demand).toMatchObject({
      data: { interest: '0.00', interestDays: 0, amount: '1000.00', interestStatement: { periods: [] } },
    });
  });

  it('counts actual/360 where the fund says so', () => {
    const history = eventsOf([
      openFund({ ...DORTMUND_SETTINGS, interestDayCount: 'actual/360' }),
      setBudget(2024),
      publicContribution('c-1', '90000.00'),
      ...appointJury(),
      ...approvedApplication('a-1', '1000.00'),
      issueGrant('g-1', 'a-1', '1000.00'),
      ...proofAndPayout('1000.00'),
    ]);
    const [, demand] = given(history)
      .when(revoke('1000.00', { voidFrom: '2024-06-01', fixedInterestRatePercentPerYear: '6' }))
      .events();
    expect(demand).toMatchObject({
      data: { interest: '5.00', interestStatement: { dayCount: 'actual/360' } },
    });
  });

  it('releases the unpaid commitment and demands only what was paid', () => {
    const events = given(granted(...proofAndPayout('300.00')))
      .when(revoke('300.00'))
      .events();
    expect(events).toMatchObject([
      { type: 'GrantRevoked' },
      { type: 'GrantCommitmentReleased', data: { reason: 'revoked', amount: '700.00' } },
      { type: 'RepaymentDemanded', data: { principal: '300.00', interest: '0.00', amount: '300.00' } },
    ]);
  });

  it('demands nothing when nothing was paid', () => {
    const events = given(granted()).when(revoke('0.00')).events();
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
      .when(revoke('1000.00', { voidFrom: '2024-04-19', fixedInterestRatePercentPerYear: '6' }))
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

  it.each([
    [
      'a fixed rate with a comma',
      { fixedInterestRatePercentPerYear: '5,12' },
      'fixedInterestRatePercentPerYear',
    ],
    [
      'a fixed rate above 100 %',
      { fixedInterestRatePercentPerYear: '101' },
      'fixedInterestRatePercentPerYear',
    ],
    ['a void day after the notice', { voidFrom: '2024-07-02' }, 'voidFrom'],
    ['a void day that is no date', { voidFrom: '2024-02-30' }, 'voidFrom'],
  ])('refuses %s, naming the field', (_, terms, field) => {
    given(granted(...proofAndPayout('1000.00')))
      .when(revoke('1000.00', terms))
      .thenThrows('COMMAND.INVALID_INPUT', field);
  });

  it('refuses interest over a half-year whose base rate is not known, rather than guess it', () => {
    given(granted(...proofAndPayout('1000.00')))
      .when(revoke('1000.00', { voidFrom: '2016-01-01' }))
      .thenThrows('INTEREST.BASE_RATE_UNKNOWN');
  });
});

describe('RecordRepayment', () => {
  const owing = (...more: FundCommand[]) =>
    granted(...proofAndPayout('1000.00'), revoke('1000.00', A_YEAR_AT_FIXED_RATE), ...more);
  const repaidBase = eventBaseOn('2024-07-01');

  it('records a part repayment on the day of the notice and what is still owed', () => {
    given(owing())
      .when(repay('51.34'))
      .then([
        {
          type: 'RepaymentReceived',
          data: {
            ...repaidBase,
            grantId: 'g-1',
            applicationId: 'a-1',
            repaymentId: 'r-1',
            valueDate: '2024-07-01',
            fiscalYear: 2024,
            outstanding: '1000.00',
            amount: '51.34',
            publicPart: '51.34',
            privatePart: '0.00',
            publicFunderParts: city('51.34'),
          },
        },
      ]);
  });

  it('demands the interest since the notice when the money arrives later, on the principal still owed', () => {
    const late = given(owing(repay('51.34')))
      .when(repay('1000.00', 'r-2', '2024-09-01'))
      .events();
    // 62 days at 5.12 % on 1,000.00 EUR: 8.6969… → 8.70; the 1,000.00 EUR received leave 8.70 owed.
    expect(late).toMatchObject([
      {
        type: 'RepaymentDemanded',
        data: {
          reason: 'late-interest',
          principal: '0.00',
          interest: '8.70',
          amount: '8.70',
          noticeDate: '2024-09-01',
          interestStatement: {
            from: '2024-07-01',
            until: '2024-09-01',
            periods: [{ days: 62, ratePercentPerYear: '5.12', interest: '8.70' }],
          },
        },
      },
      { type: 'RepaymentReceived', data: { amount: '1000.00', outstanding: '8.70' } },
    ]);
  });

  it('settles the repayment when the last cent arrives and returns the money to the public pot', () => {
    const history = owing(repay('51.34'), repay('1000.00', 'r-2', '2024-09-01'));
    const last = given(history)
      .when(repay('8.70', 'r-3', '2024-09-01'))
      .events();
    expect(last).toEqual([
      expect.objectContaining({
        type: 'RepaymentReceived',
        data: expect.objectContaining({ outstanding: '0.00' }),
      }),
      {
        type: 'RepaymentSettled',
        data: { ...eventBaseOn('2024-09-01'), grantId: 'g-1', applicationId: 'a-1', totalRepaid: '1060.04' },
      },
    ]);
    const state = replayFund(
      [...history, ...last].map((event, index) => ({ event, commandId: `e-${index}` })),
    );
    expect(availableOf(state.publicPot).toFixed(2)).toBe('90060.04');
  });

  it('refuses a repayment when nothing is owed, above what is owed, or with a used id', () => {
    given(granted()).when(repay('1.00')).thenThrows('REPAYMENT.NOT_DUE', 'grantId');
    given(owing()).when(repay('1051.35')).thenThrows('REPAYMENT.EXCEEDS_OUTSTANDING', 'amount');
    given(owing(repay('1.00')))
      .when(repay('1.00'))
      .thenThrows('REPAYMENT.DUPLICATE_ID', 'repaymentId');
  });
});
