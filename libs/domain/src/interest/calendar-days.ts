/** Calendar dates written YYYY-MM-DD, counted in whole days: pure, no clock, no time zone. */
const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcDayOf(date: string): number {
  const match = DATE.exec(date);
  if (match === null) throw new Error(`Not a calendar date: ${date}`);
  const [year, month, day] = match.slice(1).map(Number);
  const epochMs = Date.UTC(year, month - 1, day);
  if (new Date(epochMs).getUTCDate() !== day) throw new Error(`Not a calendar date: ${date}`);
  return epochMs / DAY_MS;
}

function dateOfUtcDay(utcDay: number): string {
  return new Date(utcDay * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to`: the first day counted, the last not (so a day to the next is 1). */
export function daysBetween(from: string, to: string): number {
  return utcDayOf(to) - utcDayOf(from);
}

export function addDays(date: string, days: number): string {
  return dateOfUtcDay(utcDayOf(date) + days);
}

/** The same day `months` later, or the month's last day where it has no such day (31 January + 1 month: 28 or 29 February). */
export function addMonths(date: string, months: number): string {
  utcDayOf(date);
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The first 1 January or 1 July after `date`: the next day the base rate may change. */
export function nextHalfYearStart(date: string): string {
  const [year, month] = date.split('-').map(Number);
  return month < 7 ? `${year}-07-01` : `${year + 1}-01-01`;
}
