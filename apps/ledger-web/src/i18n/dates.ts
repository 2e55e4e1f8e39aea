/** Dates and instants the way each language writes them; the API sends ISO dates and UTC instants. */
import type { Language } from './language';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date (`2026-03-31`) or an instant as a date: `31.03.2026` / `2026-03-31`. */
export function formatDate(value: string, language: Language): string {
  const match = ISO_DATE.exec(value);
  const [year, month, day] = match
    ? [match[1], match[2], match[3]]
    : (() => {
        const date = new Date(value);
        return [String(date.getFullYear()), pad(date.getMonth() + 1), pad(date.getDate())];
      })();
  return language === 'de' ? `${day}.${month}.${year}` : `${year}-${month}-${day}`;
}

/** An instant in local time: `31.03.2026, 14:02 Uhr` / `2026-03-31 14:02`. */
export function formatDateTime(instant: string, language: Language): string {
  const date = new Date(instant);
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  return language === 'de'
    ? `${formatDate(instant, language)}, ${time} Uhr`
    : `${formatDate(instant, language)} ${time}`;
}

/** Today as an ISO date in local time. */
export function todayIsoDate(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The API's `asOf` for "as things stood at the end of this day" (local time): the last millisecond of
 * the day, as a UTC instant.
 */
export function endOfDayInstant(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, day ?? 1, 23, 59, 59, 999).toISOString();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
