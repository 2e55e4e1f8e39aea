/**
 * How the runner folds one event into the documents it holds, with the projection's own folds: the
 * fund's summary (`FundSummaryFold`) changes in place, and so does the application's view
 * (`applicationChangeInPlace`); only a fund's opening and an application's submission make a new
 * document.
 */
import { applicationChangeInPlace, type ApplicationView } from '../board/application-view';
import { evolveApplicationDocument, FundSummaryFold } from '../fund-projection';
import { applicationIdOf, errorAt, ProjectionError, type FundEventRecord } from '../shared/fund-event-record';
import type { DocumentCache } from './document-cache';

/**
 * Folds the event into its fund's summary and its application's view, or into neither when one of them
 * refuses it (a `ProjectionError` naming the event). When both would, the fund's refusal is the one
 * reported, as in the pure fold.
 */
export function foldIntoCache(cache: DocumentCache, record: FundEventRecord): void {
  try {
    const applicationId = applicationIdOf(record.event);
    const applyToView = applicationId === null ? null : viewChange(cache, record, applicationId);
    const summary = summaryAfter(cache, record);
    if (applyToView !== null) cache.putApplication(applyToView());
    cache.putSummary(summary, record);
  } catch (error) {
    if (error instanceof ProjectionError) throw error;
    throw errorAt({ ...record, type: record.event.type }, (error as Error).message);
  }
}

/** The fund's summary after the event, changed in place, or unchanged when the event is refused. */
function summaryAfter(cache: DocumentCache, record: FundEventRecord): FundSummaryFold {
  const summary = cache.summary(record.fundId);
  if (summary === null) return FundSummaryFold.open(record);
  summary.fold(record);
  return summary;
}

/**
 * Works out what the event does to the application's view without changing it yet, so that nothing
 * changes when the summary refuses the event; the returned function applies it.
 */
function viewChange(
  cache: DocumentCache,
  record: FundEventRecord,
  applicationId: string,
): () => ApplicationView {
  const view = cache.application(record.fundId, applicationId);
  try {
    if (view === null || record.event.type === 'ApplicationSubmitted') {
      const next = evolveApplicationDocument(view, record);
      return () => next;
    }
    return applicationChangeInPlace(view, record.event);
  } catch (error) {
    throwFundRefusal(cache, record);
    throw error;
  }
}

/** Throws the summary's refusal of the event, if it has one, without changing anything. */
function throwFundRefusal(cache: DocumentCache, record: FundEventRecord): void {
  const summary = cache.summary(record.fundId);
  if (summary === null) FundSummaryFold.open(record);
  else summary.check(record);
}
