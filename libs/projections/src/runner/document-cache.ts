/**
 * The runner's working set: the documents it has loaded or changed, by fund, and which of them changed
 * since they were last stored. Only clean documents are ever evicted, so the cache never forgets a
 * change; its size is bounded by evicting whole funds, oldest first, after each store.
 */
import type { ApplicationView } from '../board/application-view';
import { FundSummaryFold, type FundSummary } from '../fund-projection';
import { applicationIdOf, pointOf, type FundEventRecord } from '../shared/fund-event-record';
import type {
  ApplicationKey,
  DocumentsRequest,
  LoadedDocuments,
} from '../read-model-store/read-model-store.port';

export interface DirtyDocuments {
  readonly summaries: FundSummary[];
  readonly applications: ApplicationView[];
}

/**
 * One fund's documents; `null` records a document known not to exist, so it is not looked up again.
 * The summary is held as its fold, and written out when stored.
 */
interface FundEntry {
  summary: FundSummaryFold | null | undefined;
  readonly applications: Map<string, ApplicationView | null>;
  /** Applications changed since the last store. */
  readonly changed: Set<string>;
}

export class DocumentCache {
  /** In the order funds came into the cache, which is the order of eviction. */
  private readonly funds = new Map<string, FundEntry>();
  private documentCount = 0;
  private changedApplicationCount = 0;
  /** Funds with events since the last store, with the last event of each. */
  private readonly lastEvents = new Map<string, FundEventRecord>();
  /** The fund asked for last, as folding one event asks for its fund several times. */
  private recentFundId: string | null = null;
  private recentEntry: FundEntry | undefined;

  constructor(private readonly capacity: number) {}

  get dirtyCount(): number {
    return this.lastEvents.size + this.changedApplicationCount;
  }

  clear(): void {
    this.funds.clear();
    this.forgetRecent();
    this.documentCount = 0;
    this.changedApplicationCount = 0;
    this.lastEvents.clear();
  }

  hasSummary(fundId: string): boolean {
    return this.find(fundId)?.summary !== undefined;
  }

  hasApplication(fundId: string, applicationId: string): boolean {
    return this.find(fundId)?.applications.has(applicationId) === true;
  }

  summary(fundId: string): FundSummaryFold | null {
    return this.find(fundId)?.summary ?? null;
  }

  application(fundId: string, applicationId: string): ApplicationView | null {
    return this.find(fundId)?.applications.get(applicationId) ?? null;
  }

  /** Fills the cache with loaded documents; requested documents that were not found are remembered as absent. */
  fill(request: DocumentsRequest, loaded: LoadedDocuments): void {
    for (const fundId of request.fundIds) this.setSummary(fundId, null);
    for (const key of request.applications) this.setApplication(key.fundId, key.applicationId, null);
    for (const summary of loaded.summaries) {
      this.setSummary(summary.fundId, new FundSummaryFold(summary));
    }
    for (const view of loaded.applications) this.setApplication(view.fundId, view.applicationId, view);
  }

  /** Records the fund's summary after its event `record`, the last folded so far. */
  putSummary(summary: FundSummaryFold, record: FundEventRecord): void {
    this.setSummary(summary.fundId, summary);
    this.lastEvents.set(summary.fundId, record);
  }

  putApplication(view: ApplicationView): void {
    this.setApplication(view.fundId, view.applicationId, view);
    const changed = this.entry(view.fundId).changed;
    if (changed.has(view.applicationId)) return;
    changed.add(view.applicationId);
    this.changedApplicationCount += 1;
  }

  /** Hands out every changed document, each summary with the last event of its fund, and marks them clean. */
  takeDirty(): DirtyDocuments {
    const summaries: FundSummary[] = [];
    for (const [fundId, record] of this.lastEvents) {
      const summary = this.funds.get(fundId)?.summary;
      if (summary !== undefined && summary !== null) summaries.push(summary.toSummary(pointOf(record)));
    }
    this.lastEvents.clear();
    return { summaries, applications: this.takeChangedApplications() };
  }

  /** Drops the funds that came into the cache first, with their documents, until it is within capacity. */
  evict(): void {
    if (this.dirtyCount > 0) throw new Error('The cache cannot evict while documents are unstored');
    for (const [fundId, entry] of this.funds) {
      if (this.documentCount <= this.capacity) return;
      this.funds.delete(fundId);
      this.forgetRecent();
      this.documentCount -= 1 + entry.applications.size;
    }
  }

  /** An application changed several times since the last store is stored once, as it is now. */
  private takeChangedApplications(): ApplicationView[] {
    const views: ApplicationView[] = [];
    for (const entry of this.funds.values()) {
      for (const applicationId of entry.changed) {
        const view = entry.applications.get(applicationId);
        if (view !== null && view !== undefined) views.push(view);
      }
      entry.changed.clear();
    }
    this.changedApplicationCount = 0;
    return views;
  }

  private entry(fundId: string): FundEntry {
    let entry = this.find(fundId);
    if (entry === undefined) {
      entry = { summary: undefined, applications: new Map(), changed: new Set() };
      this.funds.set(fundId, entry);
      this.recentEntry = entry;
    }
    return entry;
  }

  private find(fundId: string): FundEntry | undefined {
    if (fundId !== this.recentFundId) {
      this.recentEntry = this.funds.get(fundId);
      this.recentFundId = fundId;
    }
    return this.recentEntry;
  }

  private forgetRecent(): void {
    this.recentFundId = null;
    this.recentEntry = undefined;
  }

  private setSummary(fundId: string, summary: FundSummaryFold | null): void {
    const entry = this.entry(fundId);
    if (entry.summary === undefined) this.documentCount += 1;
    entry.summary = summary;
  }

  private setApplication(fundId: string, applicationId: string, view: ApplicationView | null): void {
    const applications = this.entry(fundId).applications;
    if (!applications.has(applicationId)) this.documentCount += 1;
    applications.set(applicationId, view);
  }
}

/**
 * The stored documents the events of a batch need that the cache does not hold, each asked for once.
 * Most events find theirs in the cache, so only the missing ones are tracked.
 */
export function missingDocuments(
  cache: DocumentCache,
  records: readonly (FundEventRecord | null)[],
): DocumentsRequest {
  const fundIds: string[] = [];
  const applications: ApplicationKey[] = [];
  const askedFunds = new Set<string>();
  const askedApplications = new Map<string, Set<string>>();
  for (const record of records) {
    if (record === null) continue;
    const { fundId } = record;
    if (!cache.hasSummary(fundId) && !askedFunds.has(fundId)) {
      askedFunds.add(fundId);
      // The first event of a fund's stream starts its summary; no earlier one can be stored.
      if (!opensFund(record)) fundIds.push(fundId);
    }
    const applicationId = applicationIdOf(record.event);
    if (applicationId === null || cache.hasApplication(fundId, applicationId)) continue;
    let asked = askedApplications.get(fundId);
    if (asked === undefined) {
      asked = new Set();
      askedApplications.set(fundId, asked);
    }
    if (asked.has(applicationId)) continue;
    asked.add(applicationId);
    // A submission starts the view afresh; what it replaces is never needed.
    if (record.event.type !== 'ApplicationSubmitted') applications.push({ fundId, applicationId });
  }
  return { fundIds, applications };
}

function opensFund(record: FundEventRecord): boolean {
  return record.revision === 0 && record.event.type === 'FundOpened';
}
