/**
 * Interest on money owed back, as § 49a VwVfG sets it: the amount to be repaid bears interest from the
 * day the grant became void, at 5 percentage points above the base rate, which changes on 1 January and
 * 1 July; money paid out and not used in time bears interest for the time it lay unused (§ 49a (4)),
 * from the day the fund's rule names (e.g. the 13th month after payout). A notice may set a fixed rate
 * instead. Pure: the dates, the base rates and the terms come in; nothing is read from a clock.
 *
 * The time is split into periods at every 1 January and 1 July, each with its own rate. Each period's
 * interest is principal × rate / 100 × days / the day count's year, rounded half up to the cent, and the
 * total is the sum of the periods: the statement adds up on its face, as the recipient reads it.
 */
import { DomainError } from '../decider';
import { formatAmount, Money, roundToCent, ZERO } from '../money/money';
import { BASE_RATES, type BaseRate } from './base-rates';
import { daysBetween, nextHalfYearStart } from './calendar-days';

/** How days are counted into years: actual days over 365 unless the fund says otherwise; actual/360 is the other convention in use. */
export type DayCount = 'actual/365' | 'actual/360';

export type InterestRateTerms =
  | { readonly kind: 'above-base-rate'; readonly pointsAboveBaseRate: string }
  | { readonly kind: 'fixed'; readonly ratePercentPerYear: string };

/** § 49a (3) VwVfG: 5 percentage points above the base rate. */
export const STATUTORY_RATE_TERMS: InterestRateTerms = { kind: 'above-base-rate', pointsAboveBaseRate: '5' };

export interface InterestRequest {
  readonly principal: string;
  /** First day interest runs, YYYY-MM-DD (the day the grant became void, or the first day money lay unused). */
  readonly from: string;
  /** The day the money was repaid (or used), YYYY-MM-DD: not counted. */
  readonly until: string;
  readonly terms: InterestRateTerms;
  readonly dayCount: DayCount;
  /** The dated base rates; the reference data unless a test gives its own. */
  readonly baseRates?: readonly BaseRate[];
}

export interface InterestPeriod {
  readonly from: string;
  /** The day after the period's last day. */
  readonly until: string;
  readonly days: number;
  /** The base rate of the period; null under a fixed rate. */
  readonly baseRatePercent: string | null;
  readonly ratePercentPerYear: string;
  readonly interest: string;
}

export interface InterestStatement {
  readonly principal: string;
  readonly from: string;
  readonly until: string;
  readonly dayCount: DayCount;
  readonly periods: readonly InterestPeriod[];
  /** The sum of the periods' interest. */
  readonly interest: string;
}

const DAYS_PER_YEAR: Readonly<Record<DayCount, number>> = { 'actual/365': 365, 'actual/360': 360 };

export function interestStatement(request: InterestRequest): InterestStatement {
  if (daysBetween(request.from, request.until) < 0) {
    throw new DomainError(
      'COMMAND.INVALID_INPUT',
      `Interest cannot run backwards: it starts on ${request.from} and the money came back on ${request.until}.`,
      'invalid_input',
      'valueDate',
    );
  }
  const periods = halfYearsOf(request.from, request.until).map((period) =>
    periodWithInterest(request, period.from, period.until),
  );
  const total = periods.reduce((sum, period) => sum.plus(period.interest), ZERO);
  return {
    principal: request.principal,
    from: request.from,
    until: request.until,
    dayCount: request.dayCount,
    periods,
    interest: formatAmount(total),
  };
}

/** The stretches from `from` to `until` that lie within one half-year each; none when they are the same day. */
function halfYearsOf(from: string, until: string): { from: string; until: string }[] {
  const stretches: { from: string; until: string }[] = [];
  let start = from;
  while (daysBetween(start, until) > 0) {
    const boundary = nextHalfYearStart(start);
    const end = daysBetween(boundary, until) > 0 ? boundary : until;
    stretches.push({ from: start, until: end });
    start = end;
  }
  return stretches;
}

function periodWithInterest(request: InterestRequest, from: string, until: string): InterestPeriod {
  const days = daysBetween(from, until);
  const baseRate = request.terms.kind === 'fixed' ? null : baseRateOn(request.baseRates ?? BASE_RATES, from);
  const rate =
    request.terms.kind === 'fixed'
      ? new Money(request.terms.ratePercentPerYear)
      : new Money(baseRate ?? '0').plus(request.terms.pointsAboveBaseRate);
  const interest = roundToCent(
    new Money(request.principal)
      .times(rate)
      .dividedBy(100)
      .times(days)
      .dividedBy(DAYS_PER_YEAR[request.dayCount]),
  );
  return {
    from,
    until,
    days,
    baseRatePercent: baseRate,
    ratePercentPerYear: rate.toFixed(),
    interest: formatAmount(interest),
  };
}

/** The base rate holding on the day; refused for a day before the first or after the last half-year known. */
export function baseRateOn(baseRates: readonly BaseRate[], date: string): string {
  const holding = [...baseRates].reverse().find((rate) => daysBetween(rate.from, date) >= 0);
  const known = holding !== undefined && daysBetween(nextHalfYearStart(holding.from), date) < 0;
  if (!known) {
    throw new DomainError(
      'INTEREST.BASE_RATE_UNKNOWN',
      `The base rate for ${date} is not in the reference data (it covers ${baseRates[0]?.from ?? 'nothing'} to the half-year from ${baseRates.at(-1)?.from ?? 'nothing'}); add the announced rate, or give a fixed rate.`,
      'rule_violated',
      'valueDate',
    );
  }
  return holding.ratePercent;
}
