/**
 * The period of a report: whole calendar days, from `from` to `to` inclusive. An event belongs to the
 * period when the day it counts on (its business date, see `effectiveDatesOf`) falls inside it; the same
 * day decides `replay --effective-on`, so the balances at the end of a report's period equal a replay
 * effective on the last day of the period.
 */
import type { ReportPeriodView } from './accountability-report.model';

/** A malformed or impossible period; the message says what is accepted. */
export class ReportPeriodError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportPeriodError';
  }
}

export interface ReportPeriod extends ReportPeriodView {
  readonly startsAtMs: number;
  readonly endsBeforeMs: number;
}

const DAY_MS = 86_400_000;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A bound on the months a report lists and charts; a council period is a year, at most a funding programme. */
export const REPORT_PERIOD_MONTHS_MAX = 240;

/** Parses `YYYY-MM-DD` to midnight UTC, refusing dates that do not exist (such as 2024-02-30). */
export function parseCalendarDate(value: string, name: string): number {
  const match = CALENDAR_DATE.exec(value);
  const epochMs =
    match === null ? Number.NaN : Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(epochMs) || new Date(epochMs).toISOString().slice(0, 10) !== value) {
    throw new ReportPeriodError(`${name} must be a calendar date such as 2024-01-31; got "${value}"`);
  }
  return epochMs;
}

export function reportPeriod(from: string, to: string): ReportPeriod {
  const startsAtMs = parseCalendarDate(from, 'from');
  const endsBeforeMs = parseCalendarDate(to, 'to') + DAY_MS;
  if (endsBeforeMs <= startsAtMs) {
    throw new ReportPeriodError(`The period must not end before it starts: from ${from} to ${to}`);
  }
  const period: ReportPeriod = {
    from,
    to,
    startsAt: new Date(startsAtMs).toISOString(),
    endsBefore: new Date(endsBeforeMs).toISOString(),
    startsAtMs,
    endsBeforeMs,
  };
  if (monthsOf(period).length > REPORT_PERIOD_MONTHS_MAX) {
    throw new ReportPeriodError(
      `A report covers at most ${REPORT_PERIOD_MONTHS_MAX} months; got ${from} to ${to}`,
    );
  }
  return period;
}

/** A month of the period, cut to the period where it starts before or ends after it. */
export interface PeriodMonth {
  /** `YYYY-MM`. */
  readonly month: string;
  /** The last day of the month inside the period, `YYYY-MM-DD`. */
  readonly lastDay: string;
  /** Midnight UTC after `lastDay`: events recorded before it are in the month or earlier. */
  readonly endsBeforeMs: number;
}

export function monthsOf(period: Pick<ReportPeriod, 'startsAtMs' | 'endsBeforeMs'>): PeriodMonth[] {
  const months: PeriodMonth[] = [];
  const start = new Date(period.startsAtMs);
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth();
  for (;;) {
    const nextMonthMs = Date.UTC(year, month + 1, 1);
    const endsBeforeMs = Math.min(nextMonthMs, period.endsBeforeMs);
    months.push({
      month: `${year}-${String(month + 1).padStart(2, '0')}`,
      lastDay: new Date(endsBeforeMs - DAY_MS).toISOString().slice(0, 10),
      endsBeforeMs,
    });
    if (endsBeforeMs >= period.endsBeforeMs || months.length > REPORT_PERIOD_MONTHS_MAX) return months;
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
}
