/**
 * Remembers, per subject and Idempotency-Key, which request was made and what it answered, so that a
 * retried POST gets the first answer again instead of running twice.
 */

/** Whose key it is: keys are chosen by clients, so two subjects may pick the same one independently. */
export interface IdempotencyScope {
  readonly subject: string;
  readonly key: string;
}

export interface StoredResponse {
  readonly status: number;
  /** The response body as JSON text, or null when the response had no body. */
  readonly bodyJson: string | null;
}

export type BeginOutcome =
  /** No earlier request with this key (or an abandoned one): run it; `attemptId` identifies this run. */
  | { readonly kind: 'started'; readonly attemptId: string }
  /** The same request already completed: replay its response. */
  | { readonly kind: 'completed'; readonly response: StoredResponse }
  /** The same request is running right now (in this or another process). */
  | { readonly kind: 'in_progress' }
  /** The key was used for a different request (method, path or body differ). */
  | { readonly kind: 'mismatch' };

/**
 * A running request holds its key for this long, and renews the lease every IN_PROGRESS_RENEWAL_MS while
 * it runs. A lease that was not renewed in time belongs to a run whose process died (or lost its
 * database) and may be taken over by a retry; so a key of a killed process is free again within seconds,
 * while a slow but living run keeps it. Should a living run lose its lease all the same, the domain's own
 * idempotency by command id still prevents a double effect.
 */
export const IN_PROGRESS_LEASE_MS = 10_000;
/** A quarter of the lease: two renewals may fail (a database restart) before the lease runs out. */
export const IN_PROGRESS_RENEWAL_MS = IN_PROGRESS_LEASE_MS / 4;

export interface IdempotencyStore {
  begin(scope: IdempotencyScope, fingerprint: string, now: Date): Promise<BeginOutcome>;
  /** Records the response of the run `attemptId`; does nothing if another run has taken over. */
  complete(scope: IdempotencyScope, attemptId: string, response: StoredResponse, now: Date): Promise<void>;
  /** Extends the lease of the run `attemptId` from `now`; does nothing if it has ended or been taken over. */
  renew(scope: IdempotencyScope, attemptId: string, now: Date): Promise<void>;
  /** Forgets the run `attemptId` (it failed), so that a retry with the same key runs again. */
  release(scope: IdempotencyScope, attemptId: string): Promise<void>;
  /**
   * Forgets the records of runs that completed before `cutoff`, `batchSize` records per statement so
   * that no write holds the table for long; returns how many. Records of running requests stay.
   */
  purgeCompletedBefore(cutoff: Date, batchSize?: number): Promise<number>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export const IDEMPOTENCY_STORE = Symbol('IDEMPOTENCY_STORE');
