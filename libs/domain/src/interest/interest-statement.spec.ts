/**
 * Goal: interest on money owed back is computed from the dates as § 49a VwVfG sets it: 5 points above
 * the base rate of each half-year, split at 1 January and 1 July, actual/365 unless the fund says
 * otherwise, or a fixed rate; each period rounded half up to the cent and the total their sum; a later
 * repayment never owes less; a date outside the known base rates is refused, not guessed.
 */
import fc from 'fast-check';
import { Money } from '../money/money';
import { addDays, addMonths, daysBetween } from './calendar-days';
import { interestStatement, STATUTORY_RATE_TERMS, type InterestRequest } from './interest-statement';

const statutory = (from: string, until: string, principal = '1000.00'): InterestRequest => ({
  principal,
  from,
  until,
  terms: STATUTORY_RATE_TERMS,
  dayCount: 'actual/365',
});

describe('interest from the day the grant became void until it is repaid', () => {
  it('splits at 1 July 2024 and takes each half-year its own base rate plus 5 points', () => {
    // 1,000.00 × 8.62 % × 122/365 = 28.8121 → 28.81; 1,000.00 × 8.37 % × 62/365 = 14.2175 → 14.22.
    expect(interestStatement(statutory('2024-03-01', '2024-09-01'))).toEqual({
      principal: '1000.00',
      from: '2024-03-01',
      until: '2024-09-01',
      dayCount: 'actual/365',
      periods: [
        {
          from: '2024-03-01',
          until: '2024-07-01',
          days: 122,
          baseRatePercent: '3.62',
          ratePercentPerYear: '8.62',
          interest: '28.81',
        },
        {
          from: '2024-07-01',
          until: '2024-09-01',
          days: 62,
          baseRatePercent: '3.37',
          ratePercentPerYear: '8.37',
          interest: '14.22',
        },
      ],
      interest: '43.03',
    });
  });

  it('crosses a year end and a negative base rate', () => {
    const statement = interestStatement(statutory('2022-12-01', '2023-01-11'));
    expect(
      statement.periods.map((period) => [period.days, period.ratePercentPerYear, period.interest]),
    ).toEqual([
      [31, '4.12', '3.50'],
      [10, '6.62', '1.81'],
    ]);
    expect(statement.interest).toBe('5.31');
  });

  it('rounds each period half up to the cent: 0.005 EUR becomes 0.01', () => {
    // 36.50 × 5 % × 1/365 = 0.005 exactly, under a fixed rate of 5 %.
    const statement = interestStatement({
      principal: '36.50',
      from: '2024-03-01',
      until: '2024-03-02',
      terms: { kind: 'fixed', ratePercentPerYear: '5' },
      dayCount: 'actual/365',
    });
    expect(statement.periods).toEqual([
      {
        from: '2024-03-01',
        until: '2024-03-02',
        days: 1,
        baseRatePercent: null,
        ratePercentPerYear: '5',
        interest: '0.01',
      },
    ]);
  });

  it('takes a fixed rate named by the notice in every period, and actual/360 where the fund says so', () => {
    const statement = interestStatement({
      principal: '1000.00',
      from: '2024-06-01',
      until: '2024-08-01',
      terms: { kind: 'fixed', ratePercentPerYear: '6' },
      dayCount: 'actual/360',
    });
    // 30 days and 31 days at 6 % over 360: 5.00 and 5.1666… → 5.17.
    expect(statement.periods.map((period) => period.interest)).toEqual(['5.00', '5.17']);
    expect(statement.interest).toBe('10.17');
  });

  it('owes nothing when the money comes back on the day it became due', () => {
    expect(interestStatement(statutory('2024-03-01', '2024-03-01'))).toMatchObject({
      periods: [],
      interest: '0.00',
    });
  });

  it('refuses a repayment before the interest starts', () => {
    expect(() => interestStatement(statutory('2024-03-02', '2024-03-01'))).toThrow(
      expect.objectContaining({ code: 'COMMAND.INVALID_INPUT', field: 'valueDate' }),
    );
  });

  it.each([
    ['before the first half-year known', '2016-06-01', '2016-08-01'],
    ['after the last half-year known', '2026-05-01', '2026-08-01'],
  ])('refuses a period %s rather than guess its base rate', (_, from, until) => {
    expect(() => interestStatement(statutory(from, until))).toThrow(
      expect.objectContaining({ code: 'INTEREST.BASE_RATE_UNKNOWN' }),
    );
  });

  it('counts unused money from the 13th month after payout (§ 49a (4), the state FAQ)', () => {
    const from = addMonths('2024-01-31', 12);
    expect(from).toBe('2025-01-31');
    expect(addMonths('2024-03-31', 11)).toBe('2025-02-28');
    const statement = interestStatement(statutory(from, '2025-03-02', '10000.00'));
    // 30 days at 2.27 % + 5 = 7.27 %: 10,000.00 × 7.27 % × 30/365 = 59.7534… → 59.75.
    expect(statement).toMatchObject({
      interest: '59.75',
      periods: [{ days: 30, ratePercentPerYear: '7.27' }],
    });
  });
});

const dayInRange = fc
  .integer({ min: 0, max: daysBetween('2016-07-01', '2026-06-30') })
  .map((days) => addDays('2016-07-01', days));
const cents = fc
  .integer({ min: 1, max: 100_000_000 })
  .map((value) => new Money(value).dividedBy(100).toFixed(2));

describe('interest statements, for any dates and principal within the known base rates', () => {
  it('split the time into consecutive periods within one half-year each, and total the sum of the periods', () => {
    fc.assert(
      fc.property(dayInRange, dayInRange, cents, (first, second, principal) => {
        const [from, until] = daysBetween(first, second) >= 0 ? [first, second] : [second, first];
        const statement = interestStatement(statutory(from, until, principal));
        expect(statement.periods.reduce((sum, period) => sum + period.days, 0)).toBe(
          daysBetween(from, until),
        );
        statement.periods.forEach((period, index) => {
          expect(period.from).toBe(index === 0 ? from : statement.periods[index - 1].until);
          expect(period.days).toBeGreaterThan(0);
          expect(period.days).toBeLessThanOrEqual(184);
        });
        const sum = statement.periods.reduce((total, period) => total.plus(period.interest), new Money(0));
        expect(sum.toFixed(2)).toBe(statement.interest);
      }),
      { numRuns: 500 },
    );
  });

  it('never owe less when the money comes back later: the interest is recomputed to the later day', () => {
    fc.assert(
      fc.property(
        dayInRange,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 400 }),
        cents,
        (from, days, later, principal) => {
          const until = addDays(from, days);
          const laterUntil = addDays(until, later);
          if (daysBetween(laterUntil, '2026-07-01') <= 0) return;
          const onTime = new Money(interestStatement(statutory(from, until, principal)).interest);
          const late = new Money(interestStatement(statutory(from, laterUntil, principal)).interest);
          expect(late.gte(onTime)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
