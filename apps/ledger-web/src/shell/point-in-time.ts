/**
 * The point in time every view is shown at, named in the URL (`?asOf=2026-03-31`) so that a view of
 * the past can be bookmarked and sent to a colleague. No `asOf` means now. A view of the past offers
 * no commands.
 */
import { useSearchParams } from 'react-router';
import { endOfDayInstant, isIsoDate, todayIsoDate } from '../i18n/dates';

export interface PointInTimeView {
  /** The date asked for (`2026-03-31`), or null for now. */
  readonly date: string | null;
  /** The API's `asOf` (the end of that day), or undefined for now. */
  readonly apiAsOf: string | undefined;
  /** True when the view shows the past and must offer no commands. */
  readonly isPast: boolean;
  /** The query string that keeps this point in time on a link: `?asOf=…` or ''. */
  readonly search: string;
}

export function usePointInTime(): PointInTimeView {
  const [params] = useSearchParams();
  const asked = params.get('asOf');
  const date = asked !== null && isIsoDate(asked) && asked < todayIsoDate() ? asked : null;
  return {
    date,
    apiAsOf: date === null ? undefined : endOfDayInstant(date),
    isPast: date !== null,
    search: date === null ? '' : `?asOf=${date}`,
  };
}
