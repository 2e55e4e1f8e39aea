/**
 * Goal: money paid out and not used in time bears interest for the time it lay unused (§ 49a (4)
 * VwVfG), from the day the fund's grace ends (12 months after the payment's value date unless the fund
 * says otherwise) to the day it was used, or to the notice while it is still unused; computed period by
 * period like a revocation's interest, never twice for the same day, refused when nothing is owed, and
 * paid through the ordinary repayment path back to the pots that paid the money.
 */
import fc from 'fast-check';
import { Money } from '../../money/money';
import {
  approvedApplication,
  appointJury,
  command,
  eventsOf,
  issueGrant,
  openFund,
  DORTMUND_SETTINGS,
  FUND_OFFICE,
  publicContribution,
  setBudget,
  cityPart as city,
  eventBaseOn,
  recordedOn,
} from '../../testing/fund.fixtures';
import { given } from '../../testing/given-when-then';
import type { DemandUnusedMoneyInterest, FundCommand, PersonIdentity } from '../fund.commands';
import type { FundSettingsInput } from '../fund.settings';
import { replayFund } from '../fund.decider';
import { availableOf } from '../shared/pots';

const advanced = (settings: FundSettingsInput = DORTMUND_SETTINGS, ...more: FundCommand[]) =>
  eventsOf([
    openFund(settings),
    setBudget(2024),
    publicContribution('c-1', '90000.00'),
    ...appointJury(),
    ...approvedApplication('a-1', '1000.00'),
    ...approvedApplication('a-2', '500.00'),
    issueGrant('g-1', 'a-1', '1000.00'),
    issueGrant('g-2', 'a-2', '500.00'),
    command('PayAdvance', { grantId: 'g-1', payoutId: 'adv-1', amount: '1000.00', valueDate: '2024-03-01' }),
    command('PayAdvance', { grantId: 'g-2', payoutId: 'adv-2', amount: '500.00', valueDate: '2024-03-01' }),
    ...more,
  ]);

type DemandTerms = Partial<
  Pick<DemandUnusedMoneyInterest, 'usedOn' | 'unusedAmount' | 'fixedInterestRatePercentPerYear' | 'payoutId'>
>;

const demand = (noticeDate: string, terms: DemandTerms = {}) =>
  recordedOn(
    noticeDate,
    command('DemandUnusedMoneyInterest', {
      certifier: FUND_OFFICE,
      grantId: 'g-1',
      payoutId: 'adv-1',
      noticeDate,
      ...terms,
    }),
  );

describe('DemandUnusedMoneyInterest', () => {
  it('demands interest from the 13th month after the advance to the day it was used, at 5 points above the base rate', () => {
    // 2025-03-01 to 2025-05-01: 61 days at 2.27 + 5 = 7.27 % on 1,000.00 EUR is 12.1498… → 12.15.
    given(advanced())
      .when(demand('2025-06-02', { usedOn: '2025-05-01' }))
      .then([
        {
          type: 'RepaymentDemanded',
          data: {
            ...eventBaseOn('2025-06-02'),
            grantId: 'g-1',
            applicationId: 'a-1',
            reason: 'unused-money',
            principal: '0.00',
            interestRatePercentPerYear: '7.27',
            interestDays: 61,
            interest: '12.15',
            interestStatement: {
              fixedRatePercentPerYear: null,
              dayCount: 'actual/365',
              from: '2025-03-01',
              until: '2025-05-01',
              periods: [
                {
                  from: '2025-03-01',
                  until: '2025-05-01',
                  days: 61,
                  baseRatePercent: '2.27',
                  ratePercentPerYear: '7.27',
                  interest: '12.15',
                },
              ],
            },
            unusedPayment: { payoutId: 'adv-1', unusedAmount: '1000.00', usedOn: '2025-05-01' },
            amount: '12.15',
            publicPart: '12.15',
            privatePart: '0.00',
            publicFunderParts: city('12.15'),
            noticeDate: '2025-06-02',
          },
        },
      ]);
  });

  it('refuses when the money was used within the grace: nothing is owed', () => {
    given(advanced())
      .when(demand('2025-06-02', { usedOn: '2025-03-01' }))
      .thenThrows('UNUSED_MONEY.NOTHING_OWED', 'usedOn');
    given(advanced()).when(demand('2025-02-28')).thenThrows('UNUSED_MONEY.NOTHING_OWED', 'noticeDate');
  });

  it('follows the fund’s own grace and the notice’s fixed rate, period by period across 1 July', () => {
    const twoMonths = { ...DORTMUND_SETTINGS, unusedMoneyGraceMonths: 2 };
    const [event] = given(advanced(twoMonths))
      .when(demand('2024-09-02', { usedOn: '2024-09-01', fixedInterestRatePercentPerYear: '6' }))
      .events();
    // 61 days of May and June at 6 % (10.0273… → 10.03), 62 days of July and August (10.1917… → 10.19).
    expect(event).toMatchObject({
      data: {
        interest: '20.22',
        interestDays: 123,
        interestStatement: {
          fixedRatePercentPerYear: '6',
          from: '2024-05-01',
          until: '2024-09-01',
          periods: [
            { from: '2024-05-01', until: '2024-07-01', days: 61, interest: '10.03' },
            { from: '2024-07-01', until: '2024-09-01', days: 62, interest: '10.19' },
          ],
        },
      },
    });
  });

  it('charges a grace of 0 months from the value date, and only the unused part of the payment', () => {
    const noGrace = { ...DORTMUND_SETTINGS, unusedMoneyGraceMonths: 0 };
    const [event] = given(advanced(noGrace))
      .when(
        demand('2024-03-31', {
          usedOn: '2024-03-31',
          unusedAmount: '365.00',
          fixedInterestRatePercentPerYear: '10',
        }),
      )
      .events();
    // 30 days at 10 % on 365.00 EUR is exactly 3.00 EUR.
    expect(event).toMatchObject({
      data: {
        interest: '3.00',
        interestStatement: { from: '2024-03-01', until: '2024-03-31' },
        unusedPayment: { payoutId: 'adv-1', unusedAmount: '365.00', usedOn: '2024-03-31' },
      },
    });
  });

  it('charges money still unused up to the notice, a later notice only the days since, and no day twice', () => {
    const stillUnused = demand('2025-06-01');
    const [first] = given(advanced()).when(stillUnused).events();
    // 2025-03-01 to 2025-06-01: 92 days at 7.27 % is 18.3243… → 18.32.
    expect(first).toMatchObject({
      data: {
        interest: '18.32',
        unusedPayment: { usedOn: null },
        interestStatement: { from: '2025-03-01', until: '2025-06-01' },
      },
    });
    const history = advanced(DORTMUND_SETTINGS, stillUnused);
    const [later] = given(history)
      .when(demand('2025-08-01', { usedOn: '2025-07-15' }))
      .events();
    // 30 days of June at 7.27 % (5.9753… → 5.98) and 14 of July at 1.27 + 5 = 6.27 % (2.4049… → 2.40).
    expect(later).toMatchObject({
      data: {
        interest: '8.38',
        interestStatement: {
          from: '2025-06-01',
          until: '2025-07-15',
          periods: [
            { days: 30, ratePercentPerYear: '7.27', interest: '5.98' },
            { days: 14, ratePercentPerYear: '6.27', interest: '2.40' },
          ],
        },
      },
    });
    given(history)
      .when(demand('2025-08-01', { usedOn: '2025-05-15' }))
      .thenThrows('UNUSED_MONEY.ALREADY_DEMANDED', 'usedOn');
    given(history).when(demand('2025-06-01')).thenThrows('UNUSED_MONEY.ALREADY_DEMANDED', 'noticeDate');
  });

  it('refuses a payment that does not exist or was paid on another grant', () => {
    given(advanced())
      .when(demand('2025-06-02', { payoutId: 'adv-9' }))
      .thenThrows('PAYOUT.NOT_FOUND', 'payoutId');
    given(advanced())
      .when(demand('2025-06-02', { payoutId: 'adv-2' }))
      .thenThrows('PAYOUT.OF_ANOTHER_GRANT', 'payoutId');
  });

  it.each([
    [{ unusedAmount: '1000.01' }, 'UNUSED_MONEY.EXCEEDS_PAYMENT', 'unusedAmount'],
    [{ unusedAmount: '0.00' }, 'MONEY.INVALID_AMOUNT', 'unusedAmount'],
    [{ unusedAmount: '1.005' }, 'MONEY.INVALID_AMOUNT', 'unusedAmount'],
    [{ usedOn: '2024-02-29' }, 'COMMAND.INVALID_INPUT', 'usedOn'],
    [{ usedOn: '2025-06-03' }, 'COMMAND.INVALID_INPUT', 'usedOn'],
    [{ usedOn: '2025-02-30' }, 'COMMAND.INVALID_INPUT', 'usedOn'],
    [{ fixedInterestRatePercentPerYear: '-1' }, 'COMMAND.INVALID_INPUT', 'fixedInterestRatePercentPerYear'],
  ] as const)('refuses %j', (terms, code, field) => {
    given(advanced()).when(demand('2025-06-02', terms)).thenThrows(code, field);
  });

  it('refuses a notice in the future, before the grant’s latest event, or on a revoked grant', () => {
    given(advanced())
      .when({ ...demand('2025-06-02'), issuedAt: '2025-06-01T12:00:00Z' })
      .thenThrows('BUSINESS_DATE.IN_FUTURE', 'noticeDate');
    given(advanced()).when(demand('2024-02-01')).thenThrows('BUSINESS_DATE.BEFORE_PREVIOUS', 'noticeDate');
    const revoked = recordedOn(
      '2025-06-01',
      command('RevokeGrant', {
        certifier: FUND_OFFICE,
        grantId: 'g-1',
        reason: 'Never used',
        repaymentPrincipal: '1000.00',
      }),
    );
    given(advanced(DORTMUND_SETTINGS, revoked))
      .when(demand('2025-06-02', { usedOn: '2025-05-01' }))
      .thenThrows('GRANT.INVALID_STATE', 'grantId');
  });

  it('dates the grant by the notice: a repayment cannot be dated before the demand', () => {
    given(advanced(DORTMUND_SETTINGS, demand('2025-06-02', { usedOn: '2025-05-01' })))
      .when(
        recordedOn(
          '2025-06-10',
          command('RecordRepayment', {
            grantId: 'g-1',
            repaymentId: 'r-1',
            amount: '12.15',
            valueDate: '2025-06-01',
          }),
        ),
      )
      .thenThrows('BUSINESS_DATE.BEFORE_PREVIOUS', 'valueDate');
  });

  it('is paid through the ordinary repayment, which settles it and returns the interest to the public pot', () => {
    const history = advanced(DORTMUND_SETTINGS, demand('2025-06-02', { usedOn: '2025-05-01' }));
    const repaid = given(history)
      .when(
        recordedOn(
          '2025-06-10',
          command('RecordRepayment', {
            grantId: 'g-1',
            repaymentId: 'r-1',
            amount: '12.15',
            valueDate: '2025-06-10',
          }),
        ),
      )
      .events();
    expect(repaid.map((event) => event.type)).toEqual(['RepaymentReceived', 'RepaymentSettled']);
    const before = replayFund(history.map((event, index) => ({ event, commandId: `e-${index}` })));
    const after = replayFund(
      [...history, ...repaid].map((event, index) => ({ event, commandId: `e-${index}` })),
    );
    expect(availableOf(after.publicPot).minus(availableOf(before.publicPot)).toFixed(2)).toBe('12.15');
  });
});

describe('DemandUnusedMoneyInterest where the fund keeps four eyes', () => {
  // Goal: like a revocation's demand, it is certified by the person demanding and owed only once another
  // person orders it; the days it covers count as demanded from the order on.
  const FOUR_EYES: FundSettingsInput = { ...DORTMUND_SETTINGS, fourEyesPayments: true };
  const TREASURER: PersonIdentity = { subject: 'person-treasury' };
  const certify = () => demand('2025-06-02', { usedOn: '2025-05-01' });
  const order = (orderer: PersonIdentity = TREASURER) =>
    recordedOn(
      '2025-06-03',
      command('OrderRepaymentDemand', { grantId: 'g-1', orderer, orderedOn: '2025-06-03' }),
    );
  const fourEyes = (...more: FundCommand[]) =>
    advanced(DORTMUND_SETTINGS, command('ChangeFundSettings', { settings: FOUR_EYES }), ...more);

  it('is certified by the person demanding it: nothing is owed yet, and no second demand is taken meanwhile', () => {
    const [certified] = given(fourEyes()).when(certify()).events();
    expect(certified).toMatchObject({
      type: 'RepaymentDemandCertified',
      data: {
        reason: 'unused-money',
        interest: '12.15',
        unusedPayment: { payoutId: 'adv-1', usedOn: '2025-05-01' },
        certifiedBy: FUND_OFFICE,
        certifiedOn: '2025-06-02',
      },
    });
    given(fourEyes(certify()))
      .when(demand('2025-06-02'))
      .thenThrows('REPAYMENT.DEMAND_AWAITS_ORDER', 'grantId');
  });

  it('is owed once another person orders it, and then never demanded again for the same days', () => {
    given(fourEyes(certify())).when(order(FUND_OFFICE)).thenThrows('REPAYMENT.SAME_PERSON', 'grantId');
    const [ordered] = given(fourEyes(certify())).when(order()).events();
    expect(ordered).toMatchObject({
      type: 'RepaymentDemanded',
      data: {
        reason: 'unused-money',
        amount: '12.15',
        unusedPayment: { payoutId: 'adv-1', unusedAmount: '1000.00', usedOn: '2025-05-01' },
        demandOrder: { certifiedBy: FUND_OFFICE, orderedBy: TREASURER, orderedOn: '2025-06-03' },
      },
    });
    given(fourEyes(certify(), order()))
      .when(demand('2025-06-03', { usedOn: '2025-05-01' }))
      .thenThrows('UNUSED_MONEY.ALREADY_DEMANDED', 'usedOn');
  });
});

describe('interest on unused money, over generated days of use', () => {
  // Goal: whatever the grace and the day the money was used, the interest is never negative, and money
  // used later never owes less than money used earlier.
  const dayOffset = fc.integer({ min: 0, max: 820 });
  const usedOnAfter = (days: number): string =>
    new Date(Date.UTC(2024, 2, 1 + days)).toISOString().slice(0, 10);
  const interestOf = (
    history: ReturnType<typeof advanced>,
    usedOn: string,
    fixedInterestRatePercentPerYear: string | undefined,
  ): Money => {
    try {
      const terms =
        fixedInterestRatePercentPerYear === undefined
          ? { usedOn }
          : { usedOn, fixedInterestRatePercentPerYear };
      const [event] = given(history).when(demand('2026-06-01', terms)).events();
      return new Money(event.type === 'RepaymentDemanded' ? event.data.interest : 'NaN');
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'UNUSED_MONEY.NOTHING_OWED') {
        return new Money(0);
      }
      throw error;
    }
  };

  it('is never negative and grows with the time the money lay unused', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 24 }),
        fc.option(fc.constantFrom('0.5', '4.12', '6', '12.5'), { nil: undefined }),
        dayOffset,
        dayOffset,
        (graceMonths, rate, first, second) => {
          const history = advanced({ ...DORTMUND_SETTINGS, unusedMoneyGraceMonths: graceMonths });
          const earlier = interestOf(history, usedOnAfter(Math.min(first, second)), rate);
          const later = interestOf(history, usedOnAfter(Math.max(first, second)), rate);
          expect(earlier.gte(0)).toBe(true);
          expect(later.gte(earlier)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});
