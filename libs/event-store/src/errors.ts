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

/**
 * An event the store refuses before anything is written: its data or metadata is not JSON that hashes
 * and round-trips identically in every adapter, or the batch itself is malformed.
 */
export class InvalidEventError extends Error {
  readonly code = 'STORE.INVALID_EVENT';

  constructor(message: string) {
    super(message);
    this.name = 'InvalidEventError';
  }
}

/**
 * A stored row that cannot be turned back into an event (for example its data is no longer valid JSON
 * after someone edited the database). Names the global position so an auditor can find the row.
 */
export class UnreadableEventError extends Error {
  readonly code = 'STORE.UNREADABLE_EVENT';

  constructor(
    readonly position: number,
    reason: string,
  ) {
    super(`Stored event at position ${position} cannot be read: ${reason}`);
    this.name = 'UnreadableEventError';
  }
}

/**
 * The store answered but refuses the service's credentials something the ledger needs. The message names
 * the missing permission, so an operator (and the readiness check) can say what to grant.
 */
export class StoreAccessDeniedError extends Error {
  readonly code = 'STORE.ACCESS_DENIED';

  constructor(message: string) {
    super(message);
    this.name = 'StoreAccessDeniedError';
  }
}

/**
 * A stored event whose JSON names a member twice (`{"amount":"1.00","amount":"9.00"}`). JSON parsers
 * disagree on which value counts (SQLite's `json_extract` reads one, JavaScript another), so such an
 * event means different things to different readers: verification refuses it.
 */
export class DuplicateMemberNameError extends UnreadableEventError {
  readonly memberName: string;

  constructor(position: number, duplicate: { readonly name: string; readonly path: string }, where: string) {
    super(position, `${where} names the member "${duplicate.name}" more than once (at ${duplicate.path})`);
    this.memberName = duplicate.name;
    this.name = 'DuplicateMemberNameError';
  }
}

/** A store opened read-only (for auditing) was asked to write. */
export class ReadOnlyStoreError extends Error {
  readonly code = 'STORE.READ_ONLY';

  constructor(where: string) {
    super(`The event store ${where} is open read-only: nothing can be appended`);
    this.name = 'ReadOnlyStoreError';
  }
}
