/**
 * The one rule every dated command follows. A command may give the business date of what it records
 * (a value date, a meeting's date, a notice's date); without one, the date is today. Either way the
 * date is a real calendar day, not after today, in a fiscal year that is still open, and not before
 * the date of what it follows (see `requireNotBefore`). "Today" is the calendar day of the command's
 * `issuedAt` in the fund's time zone, so the decider still reads no clock.
 */
import { DomainError } from '../../decider';
import {
  calendarDateIn,
  DEFAULT_FUND_TIME_ZONE,
  fiscalYearOfBusinessDate,
  isBusinessDate,
  type BusinessDate,
} from '../../time/business-date';
import type { FundCommand } from '../fund.commands';
import type { FundSettings } from '../fund.settings';
import type { FundState } from '../fund.state';
import { requireYearOpen } from './guards';
import { invalidInput, requireFiscalYearInRange, requireText, TEXT_LENGTH_MAX } from './validation';

/** The time zone whose calendar days the fund's business dates are; funds opened before zones were kept are German. */
export function timeZoneOf(settings: Pick<FundSettings, 'timeZone'> | null): string {
  return settings?.timeZone ?? DEFAULT_FUND_TIME_ZONE;
}

/** Today in the fund's time zone, by the instant the command was issued. */
export function todayOf(fund: FundState, command: Pick<FundCommand, 'issuedAt'>): BusinessDate {
  return calendarDateIn(command.issuedAt, timeZoneOf(fund.settings));
}

/**
 * The business date of a dated command: the date it gives, or today when it gives none. Refuses a
 * date that is malformed (`COMMAND.INVALID_INPUT`), after today (`BUSINESS_DATE.IN_FUTURE`) or in a
 * closed fiscal year (`FISCAL_YEAR.CLOSED`), each on the command's field.
 */
export function resolveBusinessDate(
  fund: FundState,
  command: Pick<FundCommand, 'issuedAt'>,
  given: unknown,
  field: string,
): BusinessDate {
  const today = todayOf(fund, command);
  const date = given === undefined ? today : requireBusinessDateFormat(given, field);
  if (date > today) {
    throw new DomainError(
      'BUSINESS_DATE.IN_FUTURE',
      `${field} ${date} lies in the future: it is ${today} in the fund's time zone (${timeZoneOf(fund.settings)}). A business date records what has happened.`,
      'rule_violated',
      field,
    );
  }
  requireYearOpen(fund, fiscalYearOfBusinessDate(date), field);
  return date;
}

/**
 * Within one application (its jury decisions, its grant, the grant's payments, proofs and repayments)
 * and among the fund's settings changes, business dates follow the order of recording: a payout is not
 * dated before its grant notice, a grant notice not before the meeting that approved it. So the events
 * of an application dated on or before any day are a beginning of its history, and a cut by business
 * date always shows an application as it really stood.
 */
export function requireNotBefore(
  date: BusinessDate,
  previous: BusinessDate | null,
  field: string,
  what: string,
): void {
  if (previous !== null && date < previous) {
    throw new DomainError(
      'BUSINESS_DATE.BEFORE_PREVIOUS',
      `${field} ${date} is before ${previous}, the date of ${what}; it cannot have happened earlier.`,
      'rule_violated',
      field,
    );
  }
}

/** What a late entry corrects, when it names it: kept on the event for the auditor. */
export function correctsField(value: unknown): { readonly corrects?: string } {
  if (value === undefined) return {};
  return { corrects: requireText(value, 'corrects', TEXT_LENGTH_MAX.reference) };
}

export function requireBusinessDateFormat(value: unknown, field: string): BusinessDate {
  if (!isBusinessDate(value)) {
    throw invalidInput(field, `${field} must be a calendar date written YYYY-MM-DD.`);
  }
  requireFiscalYearInRange(fiscalYearOfBusinessDate(value), field);
  return value;
}
