/**
 * The runner's working set: the documents it has loaded or changed, and which of them changed since
 * they were last stored. Only clean documents are ever evicted, so the cache never
 * forgets a change; its size is bounded by evicting after each store.
 */
import type { ApplicationView } from '../board/application-view';
import { withLastEvent, type FundSummary } from '../fund-projection';
import type { ProjectionPoint } from '../shared/fund-event-record';
import type {
  ApplicationKey,
  DocumentsRequest,
  LoadedDocuments,
} from '../read-model-store/read-model-store.port';

type Document = FundSummary | ApplicationView;

export interface DirtyDocuments {
  readonly summaries: FundSummary[];
  readonly applications: ApplicationView[];
}

function summaryKey(fundId: string): string {
  return `f\u0000${fundId}`;
}

function applicationKey(fundId: string, applicationId: string): string {
  return `a\u0000${fundId}\u0000${applicationId}`;
}

export class DocumentCache {
  /** `null` records a document known not to exist, so it is not looked up again. */
  private readonly documents = new Map<string, Document | null>();
  private readonly changedApplications = new Set<string>();
  /** Funds with events since the last store, with the last event of each. */
  private readonly fundPoints = new Map<string, ProjectionPoint>();

  constructor(private readonly capacity: number) {}

  get dirtyCount(): number {
    return this.fundPoints.size + this.changedApplications.size;
  }

  clear(): void {
    this.documents.clear();
    this.changedApplications.clear();
    this.fundPoints.clear();
  }

  hasSummary(fundId: string): boolean {
    return this.documents.has(summaryKey(fundId));
  }

  hasApplication(fundId: string, applicationId: string): boolean {
    return this.documents.has(applicationKey(fundId, applicationId));
  }

  summary(fundId: string): FundSummary | null {
    return (this.documents.get(summaryKey(fundId)) as FundSummary | null | undefined) ?? null;
  }

  application(fundId: string, applicationId: string): ApplicationView | null {
    return (
      (this.documents.get(applicationKey(fundId, applicationId)) as ApplicationView | null | undefined) ??
      null
    );
  }

  /** Fills the cache with loaded documents; requested documents that were not found are remembered as absent. */
  fill(request: DocumentsRequest, loaded: LoadedDocuments): void {
    for (const fundId of request.fundIds) this.documents.set(summaryKey(fundId), null);
    for (const key of request.applications)
      this.documents.set(applicationKey(key.fundId, key.applicationId), null);
    for (const summary of loaded.summaries) this.documents.set(summaryKey(summary.fundId), summary);
    for (const view of loaded.applications)
      this.documents.set(applicationKey(view.fundId, view.applicationId), view);
  }

  putSummary(summary: FundSummary, point: ProjectionPoint): void {
    this.touch(summaryKey(summary.fundId), summary);
    this.fundPoints.set(summary.fundId, point);
  }

  putApplication(view: ApplicationView): void {
    const key = applicationKey(view.fundId, view.applicationId);
    this.touch(key, view);
    this.changedApplications.add(key);
  }

  /** Hands out every changed document, each summary with the last event of its fund, and marks them clean. */
  takeDirty(): DirtyDocuments {
    const summaries: FundSummary[] = [];
    for (const [fundId, point] of this.fundPoints) {
      const summary = this.summary(fundId);
      if (summary === null) continue;
      const stamped = withLastEvent(summary, point);
      this.documents.set(summaryKey(fundId), stamped);
      summaries.push(stamped);
    }
    const applications: ApplicationView[] = [];
    for (const key of this.changedApplications) {
      const view = this.documents.get(key);
      if (view !== null && view !== undefined) applications.push(view as ApplicationView);
    }
    this.fundPoints.clear();
    this.changedApplications.clear();
    return { summaries, applications };
  }

  /** Drops the least recently used documents beyond the capacity; call only when nothing is dirty. */
  evict(): void {
    if (this.dirtyCount > 0) throw new Error('The cache cannot evict while documents are unstored');
    let excess = this.documents.size - this.capacity;
    for (const key of this.documents.keys()) {
      if (excess <= 0) return;
      this.documents.delete(key);
      excess -= 1;
    }
  }

  /**
   * Keeps the document; a document that is new to the cache goes to the end of the eviction order.
   * Documents are evicted in the order they came into the cache rather than strictly least recently
   * used, which saves reordering the map on every event; an evicted document that is still in use is
   * simply read again.
   */
  private touch(key: string, document: Document): void {
    this.documents.set(key, document);
  }
}

/** The documents a batch needs that the cache does not hold, each asked for once. */
export function missingDocuments(
  cache: DocumentCache,
  needs: Iterable<{ readonly fundId: string; readonly applicationId: string | null }>,
): DocumentsRequest {
  const fundIds = new Set<string>();
  const applications = new Map<string, ApplicationKey>();
  for (const need of needs) {
    if (!cache.hasSummary(need.fundId)) fundIds.add(need.fundId);
    if (need.applicationId !== null && !cache.hasApplication(need.fundId, need.applicationId)) {
      applications.set(applicationKey(need.fundId, need.applicationId), {
        fundId: need.fundId,
        applicationId: need.applicationId,
      });
    }
  }
  return { fundIds: [...fundIds], applications: [...applications.values()] };
}
