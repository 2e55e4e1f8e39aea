/**
 * How the runner folds one event into the documents it holds: the fund's summary as a working copy
 * changed in place (`WorkingFundSummary`), votes and attendance recorded in place in the application's
 * view, everything else through the pure reducers. The result is the pure fold's, byte for byte; the
 * property suite (`fold-into-cache.property.spec.ts`) compares them.
 */
import type { ApplicationView } from '../board/application-view';
import { evolveApplicationDocument, evolveFundSummary, FUND_LEVEL_EVENTS } from '../fund-projection';
import { applicationIdOf, errorAt, ProjectionError, type FundEventRecord } from '../shared/fund-event-record';
import { recordOnAgendaInPlace } from './agenda-in-place';
import type { DocumentCache } from './document-cache';
import { WorkingFundSummary } from './working-fund-summary';

/**
 * Folds the event into its fund's summary and its application's view, or into neither when one of them
 * refuses it (a `ProjectionError` naming the event). When both would, the fund's refusal is the one
 * reported, as in the pure fold.
 */
export function foldIntoCache(cache: DocumentCache, record: FundEventRecord): void {
  try {
    const applicationId = applicationIdOf(record.event);
    if (applicationId === null) {
      cache.putSummary(summaryAfter(cache, record), record);
    } else if (FUND_LEVEL_EVENTS.has(record.event.type)) {
      const view = applicationAfter(cache, record, applicationId);
      cache.putSummary(summaryAfter(cache, record), record);
      cache.putApplication(view);
    } else {
      // The summary only checks that the fund is open, so the view may change in place after it.
      const summary = summaryAfter(cache, record);
      cache.putApplication(applicationInPlace(cache, record, applicationId));
      cache.putSummary(summary, record);
    }
  } catch (error) {
    if (error instanceof ProjectionError) throw error;
    throw errorAt({ ...record, type: record.event.type }, (error as Error).message);
  }
}

/** The working summary after the event, changed in place, or unchanged when the event is refused. */
function summaryAfter(cache: DocumentCache, record: FundEventRecord): WorkingFundSummary {
  const summary = cache.summary(record.fundId);
  if (summary === null) return new WorkingFundSummary(evolveFundSummary(null, record));
  summary.fold(record);
  return summary;
}

/** The view after an event that also changes the summary: a new view, the held one stays as it is. */
function applicationAfter(
  cache: DocumentCache,
  record: FundEventRecord,
  applicationId: string,
): ApplicationView {
  try {
    return evolveApplicationDocument(cache.application(record.fundId, applicationId), record);
  } catch (error) {
    const summary = cache.summary(record.fundId);
    if (summary === null) evolveFundSummary(null, record);
    else summary.checkRefusal(record);
    throw error;
  }
}

function applicationInPlace(
  cache: DocumentCache,
  record: FundEventRecord,
  applicationId: string,
): ApplicationView {
  const view = cache.application(record.fundId, applicationId);
  if (view !== null && recordOnAgendaInPlace(view, record.event)) return view;
  return evolveApplicationDocument(view, record);
}
