import type { ExpectedRevision } from './event-store.port';

/** The stream's head was not where the writer expected it: nothing was written. */
export class ConcurrencyError extends Error {
  readonly code = 'STORE.CONCURRENCY_CONFLICT';

  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** The stream's current last revision, or `'no_stream'` when it does not exist. */
    readonly actual: number | 'no_stream',
  ) {
    super(`Stream ${streamId} was expected at revision ${String(expected)} but is at ${String(actual)}`);
    this.name = 'ConcurrencyError';
  }
}
