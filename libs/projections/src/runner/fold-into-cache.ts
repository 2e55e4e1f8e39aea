/**
 * How the runner folds one event into the documents it holds: the fund's summary as a working copy
 * changed in place (`WorkingFundSummary`), the application's view changed in place by the fields the
 * reducer says the event changes (votes and attendance recorded in its agenda item directly), and a new
 * document only for a fund's opening and an application's submission. The result is the pure fold's,
 * byte for byte; the property suite (`fold-into-cache.property.spec.ts`) compares them.
 */
import { applicationChanges, type ApplicationView } from '../board/application-view';
import { evolveApplicationDocument, evolveFundSummary } from '../fund-projection';
import { applicationIdOf, errorAt, ProjectionError, type FundEventRecord } from '../shared/fund-event-record';
import { recordOnAgenda, recordsOnAgenda, type Writable } from './agenda-in-place';
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
    const applyToView = applicationId === null ? null : viewChange(cache, record, applicationId);
    const summary = summaryAfter(cache, record);
    if (applyToView !== null) cache.putApplication(applyToView());
    cache.putSummary(summary, record);
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
  const { event } = record;
  try {
    if (view === null || event.type === 'ApplicationSubmitted') {
      const next = evolveApplicationDocument(view, record);
      return () => next;
    }
    if (recordsOnAgenda(view, event)) return () => recordOnAgenda(view, event);
    const changes = applicationChanges(view, event);
    return () => Object.assign(view as Writable<ApplicationView>, changes);
  } catch (error) {
    throwFundRefusal(cache, record);
    throw error;
  }
}

/** Throws the summary's refusal of the event, if it has one, without changing anything. */
function throwFundRefusal(cache: DocumentCache, record: FundEventRecord): void {
  const summary = cache.summary(record.fundId);
  if (summary === null) evolveFundSummary(null, record);
  else summary.checkRefusal(record);
}
