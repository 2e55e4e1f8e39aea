/**
 * Folds one fund's events with the projections' own pure reducers, so a report and the service's read
 * models can never disagree about a figure. Application views are kept in a map that is updated in
 * place (each view itself stays immutable): copying a record of thousands of applications for every
 * event would make a long history quadratic.
 */
import {
  applicationIdOf,
  evolveApplicationDocument,
  evolveFundSummary,
  type ApplicationView,
  type FundEventRecord,
  type FundSummary,
} from '@fund-ledger/projections';

/** The fund as it stood at one moment: its summary (null before it was opened) and its applications. */
export interface FundSnapshot {
  readonly summary: FundSummary | null;
  readonly applications: ReadonlyMap<string, ApplicationView>;
}

export class FundFold {
  private summaryState: FundSummary | null = null;
  private readonly applicationViews = new Map<string, ApplicationView>();

  get summary(): FundSummary | null {
    return this.summaryState;
  }

  get applications(): ReadonlyMap<string, ApplicationView> {
    return this.applicationViews;
  }

  /**
   * The summary's `lastEvent` is left as the projections' reducer sets it: no figure of a report reads
   * it, and stamping every event would copy the summary once more per event.
   */
  apply(record: FundEventRecord): void {
    this.summaryState = evolveFundSummary(this.summaryState, record);
    const applicationId = applicationIdOf(record.event);
    if (applicationId === null) return;
    const view = this.applicationViews.get(applicationId) ?? null;
    this.applicationViews.set(applicationId, evolveApplicationDocument(view, record));
  }

  /** A copy that later events do not change. */
  snapshot(): FundSnapshot {
    return { summary: this.summaryState, applications: new Map(this.applicationViews) };
  }
}
