/**
 * Where the runner keeps the read models: the fund summaries, the application views and one checkpoint,
 * written together in one transaction, so that a query always sees documents that belong to exactly the
 * checkpoint's position. Adapters live in the same database as the events (SQLite file or PostgreSQL)
 * or, with EventStoreDB, where READ_MODEL_STORE says.
 */
import type { ApplicationView } from '../board/application-view';
import type { FundSummary } from '../fund-projection';

export interface StoredCheckpoint {
  /** The last global position folded into the stored documents; 0 before any. */
  readonly position: number;
  /** The reducers' version the documents were built with (`PROJECTION_VERSION`). */
  readonly version: number;
  /** Increases with every rebuild, so a runner still writing the documents of an older build is refused. */
  readonly generation: number;
}

export interface ApplicationKey {
  readonly fundId: string;
  readonly applicationId: string;
}

export interface DocumentsRequest {
  readonly fundIds: readonly string[];
  readonly applications: readonly ApplicationKey[];
}

export interface LoadedDocuments {
  /** The checkpoint the documents belong to (read in the same transaction). */
  readonly checkpoint: StoredCheckpoint;
  readonly summaries: readonly FundSummary[];
  readonly applications: readonly ApplicationView[];
}

export interface DocumentsWrite {
  /** The generation the writer built its documents in; a write to another generation is refused. */
  readonly generation: number;
  /** The checkpoint after the write. */
  readonly position: number;
  readonly summaries: readonly FundSummary[];
  readonly applications: readonly ApplicationView[];
}

/**
 * `written`: stored. `behind`: another runner (another service instance) had already stored this position
 * or a later one, so nothing was written; its documents are at least as new. `superseded`: a rebuild
 * started since the writer loaded its checkpoint; it must start over from the stored checkpoint.
 */
export type WriteOutcome = 'written' | 'behind' | 'superseded';

export interface FundReadModel {
  readonly checkpoint: StoredCheckpoint;
  readonly summary: FundSummary | null;
  readonly applications: readonly ApplicationView[];
}

/** The funds the stored read models hold, as of one checkpoint. */
export interface StoredFundIds {
  readonly checkpoint: StoredCheckpoint;
  /** In order of the fund id. */
  readonly fundIds: readonly string[];
}

export interface ReadModelStore {
  /**
   * The stored checkpoint. A fresh store answers position 0 in generation 0 with version 0: nothing has
   * been built, and writes are refused until `startRebuild` begins generation 1.
   */
  readCheckpoint(): Promise<StoredCheckpoint>;
  /**
   * Deletes every document and sets the checkpoint to position 0 of a new generation built with `version`.
   * With `ifGeneration`, does so only while the stored generation is still that one, and otherwise
   * returns the stored checkpoint: two instances starting together then rebuild once, not twice.
   */
  startRebuild(version: number, ifGeneration?: number): Promise<StoredCheckpoint>;
  loadDocuments(request: DocumentsRequest): Promise<LoadedDocuments>;
  write(write: DocumentsWrite): Promise<WriteOutcome>;
  /** A fund's summary and, when asked, its applications, as of one checkpoint. */
  readFund(fundId: string, options: { readonly withApplications: boolean }): Promise<FundReadModel>;
  /** The id of every fund with a stored summary, as of one checkpoint. */
  listFundIds(): Promise<StoredFundIds>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** The outcome of a write, decided from the stored checkpoint under the write's lock. */
export function writeOutcomeFor(stored: StoredCheckpoint, write: DocumentsWrite): WriteOutcome {
  if (stored.generation === 0 || stored.generation !== write.generation) return 'superseded';
  if (stored.position >= write.position) return 'behind';
  return 'written';
}
