/** Parsers for option values shared by several subcommands; a bad value is a usage error naming the option. */
import { isBusinessDate } from '@fund-ledger/domain';
import { parsePointInTime, PointInTimeFormatError, type PointInTime } from '@fund-ledger/projections';
import { parseCalendarDate, ReportPeriodError } from '@fund-ledger/reporting';
import { UsageError } from '../../cli-context';

const WHOLE_NUMBER = /^\d{1,15}$/;
const ENTITY_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function parsePosition(value: string, option: string): number {
  if (!WHOLE_NUMBER.test(value)) {
    throw new UsageError(`${option} must be a global position (a whole number such as 1287); got "${value}"`);
  }
  return Number(value);
}

export function parseFundId(value: string): string {
  if (!ENTITY_ID.test(value)) {
    throw new UsageError(
      `--fund must be 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit; got "${value}"`,
    );
  }
  return value;
}

/**
 * `--as-of`: a calendar day means the end of that day (UTC), so `--as-of 2024-12-31` includes
 * everything recorded on New Year's Eve; an instant with a time zone is taken as it is.
 */
export function parseAsOf(value: string): PointInTime {
  try {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      const endOfDayMs = parseCalendarDate(value, '--as-of') + 86_400_000 - 1;
      return { kind: 'instant', instant: new Date(endOfDayMs).toISOString(), epochMs: endOfDayMs };
    }
    return parsePointInTime(value);
  } catch (error) {
    if (error instanceof PointInTimeFormatError || error instanceof ReportPeriodError) {
      throw new UsageError(
        `--as-of must be a date such as 2024-12-31 or an instant such as 2024-05-01T09:30:00Z; got "${value}"`,
      );
    }
    throw error;
  }
}

/** `--effective-on`: a business date, the last day whose events count. */
export function parseEffectiveOnOption(value: string): string {
  if (!isBusinessDate(value)) {
    throw new UsageError(`--effective-on must be a calendar date such as 2024-12-31; got "${value}"`);
  }
  return value;
}

/** The position an option asks for, checked against the head of the log. */
export function checkedUpTo(position: number | undefined, head: number, option: string): number {
  if (position !== undefined && position > head) {
    throw new UsageError(`${option} ${position} is beyond the head of the log (${head})`);
  }
  return position ?? head;
}

/** An instant with a time zone (`2024-12-31T23:00:00Z`) or a calendar day, meaning its start (UTC). */
export function parseInstant(value: string, option: string): { instant: string; epochMs: number } {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const epochMs = Date.parse(day ? `${value}T00:00:00Z` : value);
  const zoned = day || /(Z|[+-]\d{2}:\d{2})$/.test(value);
  if (!zoned || Number.isNaN(epochMs)) {
    throw new UsageError(
      `${option} must be a date such as 2024-12-31 or an instant such as 2024-05-01T09:30:00Z; got "${value}"`,
    );
  }
  return { instant: new Date(epochMs).toISOString(), epochMs };
}
