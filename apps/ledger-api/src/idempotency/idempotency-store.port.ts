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
 * An unfinished record older than this is treated as abandoned (its process died mid-request) and may
 * be taken over by a retry. The domain's own idempotency by command id still prevents a double effect.
 */
export const IN_PROGRESS_LEASE_MS = 60_000;

export interface IdempotencyStore {
  begin(scope: IdempotencyScope, fingerprint: string, now: Date): Promise<BeginOutcome>;
  /** Records the response of the run `attemptId`; does nothing if another run has taken over. */
  complete(scope: IdempotencyScope, attemptId: string, response: StoredResponse, now: Date): Promise<void>;
  /** Forgets the run `attemptId` (it failed), so that a retry with the same key runs again. */
  release(scope: IdempotencyScope, attemptId: string): Promise<void>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export const IDEMPOTENCY_STORE = Symbol('IDEMPOTENCY_STORE');
