/**
 * The two cuts every view is shown at, named in the URL so that a view can be bookmarked and sent to a
 * colleague: the point in time (`?asOf=2026-03-31`, "Stand": what the ledger had recorded by the end of
 * that day) and the business date (`?effectiveOn=2025-12-31`, "Stichtag": what had happened by the end
 * of that day, by value, meeting and notice dates). Both combine; neither means now. A view with either
 * cut is not the present and offers no commands.
 */
import { useSearchParams } from 'react-router';
import { isBusinessDate } from '../../../../libs/domain/src/time/business-date';
import { endOfDayInstant, todayIsoDate } from '../i18n/dates';

/** The query parameters the API takes for the two cuts; a cut left out is absent. */
export interface ApiCut {
  readonly asOf?: string;
  readonly effectiveOn?: string;
}

export interface PointInTimeView {
  /** The recording date asked for (`2026-03-31`), or null for now. */
  readonly date: string | null;
  /** The business date asked for (`2025-12-31`), or null for everything. */
  readonly effectiveOn: string | null;
  /** The cuts for the API: `asOf` as the end of the day, `effectiveOn` as the day. */
  readonly cut: ApiCut;
  /** True when the view shows something other than the present and must offer no commands. */
  readonly isPast: boolean;
  /** The query string that keeps both cuts on a link: `?asOf=…&effectiveOn=…` or ''. */
  readonly search: string;
}

/** A day given in the URL, if it is a real day not after today. */
function pastDay(value: string | null): string | null {
  return value !== null && isBusinessDate(value) && value <= todayIsoDate() ? value : null;
}

export function searchOf(date: string | null, effectiveOn: string | null): string {
  const params = [
    ...(date === null ? [] : [`asOf=${date}`]),
    ...(effectiveOn === null ? [] : [`effectiveOn=${effectiveOn}`]),
  ];
  return params.length === 0 ? '' : `?${params.join('&')}`;
}

export function usePointInTime(): PointInTimeView {
  const [params] = useSearchParams();
  const asked = pastDay(params.get('asOf'));
  const date = asked !== null && asked < todayIsoDate() ? asked : null;
  const effectiveOn = pastDay(params.get('effectiveOn'));
  return {
    date,
    effectiveOn,
    cut: {
      ...(date === null ? {} : { asOf: endOfDayInstant(date) }),
      ...(effectiveOn === null ? {} : { effectiveOn }),
    },
    isPast: date !== null || effectiveOn !== null,
    search: searchOf(date, effectiveOn),
  };
}

/** The part of a query's cache key that names the cuts. */
export function cutKey(cut: ApiCut): string {
  return `${cut.asOf ?? 'now'}|${cut.effectiveOn ?? 'all'}`;
}
