/**
 * Business dates: the calendar day on which something happened in real life — the bank's value date,
 * the jury's meeting, the date of a grant notice — as opposed to the instant the ledger recorded it.
 * Entries are made after the fact (last week's bank statement, the minutes of last month's meeting),
 * so the ledger keeps both: the business date in the event's data, the recording instant in its
 * metadata (and as `occurredAt`, the instant the command was accepted).
 *
 * A business date is a plain `YYYY-MM-DD` string: strings of this form sort as the days they name,
 * so comparing two dates needs no parsing. "Today" is the calendar day of an instant in the fund's
 * time zone; the instant comes from the command (the edge's clock), never from a clock read here.
 */

/** A calendar day written `YYYY-MM-DD`, e.g. "2026-03-12". */
export type BusinessDate = string;

/** The time zone of a fund that names none: German municipal funds keep German calendar days. */
export const DEFAULT_FUND_TIME_ZONE = 'Europe/Berlin';

const BUSINESS_DATE_FORMAT = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a `YYYY-MM-DD` string naming a day that exists (no 31 April, no 29 February 2025). */
export function isBusinessDate(value: unknown): value is BusinessDate {
  const match = typeof value === 'string' ? BUSINESS_DATE_FORMAT.exec(value) : null;
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The fiscal year a business date falls in: German municipal fiscal years are calendar years. */
export function fiscalYearOfBusinessDate(date: BusinessDate): number {
  return Number(date.slice(0, 4));
}

/** The earlier of two business dates. */
export function earlierBusinessDate(first: BusinessDate, second: BusinessDate): BusinessDate {
  return second < first ? second : first;
}

/** The later of two business dates; `null` counts as no date at all. */
export function laterBusinessDate(first: BusinessDate | null, second: BusinessDate): BusinessDate {
  return first !== null && first > second ? first : second;
}

/**
 * One formatter per time zone, made on first use: making a formatter costs far more than using one,
 * and a ledger knows only a handful of zones.
 */
const formattersByZone = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formattersByZone.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      calendar: 'gregory',
      numberingSystem: 'latn',
    });
    formattersByZone.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The canonical name of an IANA time zone the runtime knows ("europe/berlin" is "Europe/Berlin"), or
 * null for anything else.
 */
export function canonicalTimeZone(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return null;
  try {
    return formatterFor(value).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/**
 * The calendar day an instant falls on in a time zone: "2026-12-31T23:30:00Z" is 2027-01-01 in
 * Berlin. The instant must carry an offset (as every recorded instant does).
 */
export function calendarDateIn(instant: string, timeZone: string): BusinessDate {
  const epochMs = Date.parse(instant);
  if (Number.isNaN(epochMs)) throw new RangeError(`"${instant}" is not an instant`);
  let year = '';
  let month = '';
  let day = '';
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    if (part.type === 'year') year = part.value.padStart(4, '0');
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year}-${month}-${day}`;
}
