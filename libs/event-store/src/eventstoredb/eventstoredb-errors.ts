/**
 * Errors only the EventStoreDB adapter raises, for situations the other stores cannot get into: an append
 * whose answer was lost in a cluster, and a stream whose events the server hides.
 */

/**
 * An append that was sent several times, always the identical batch with the same expected revision, and
 * never got an answer (time-outs, lost connections, leader changes). EventStoreDB writes a batch whole or
 * not at all, and only right after the revision it was sent with, so the batch now stands either complete
 * at exactly `firstRevision` to `lastRevision`, or not at all. A read of the stream tells which; an append
 * of the same decision with the same expected revision is safe (it is refused as a conflict if the batch
 * stands), an append with `'any'` is not (it would chain a second copy).
 */
export class AppendUnconfirmedError extends Error {
  readonly code = 'STORE.APPEND_UNCONFIRMED';

  constructor(
    readonly streamId: string,
    readonly firstRevision: number,
    readonly lastRevision: number,
    readonly attempts: number,
    cause: unknown,
  ) {
    super(
      `EventStoreDB did not confirm the append to stream ${streamId} at revisions ${firstRevision} to ` +
        `${lastRevision} after ${attempts} attempts (last: ${messageOf(cause)}). The batch is stored either ` +
        'completely at exactly these revisions or not at all; read the stream to find out which',
      { cause },
    );
    this.name = 'AppendUnconfirmedError';
  }
}

/**
 * EventStoreDB hides or has removed events of a ledger stream: it was soft-deleted, truncated, given a
 * retention limit or tombstoned. The ledger never does any of these, so someone changed the stream outside
 * it. Appending would chain onto the wrong head (a soft-deleted stream reads as absent, yet the server
 * stores the next event after its old last one), so nothing is appended to such a stream.
 */
export class StreamHistoryHiddenError extends Error {
  readonly code = 'STORE.STREAM_HISTORY_HIDDEN';

  constructor(
    readonly streamId: string,
    reason: string,
  ) {
    super(
      `Stream ${streamId} ${reason} in EventStoreDB. The ledger never deletes or truncates a stream, so ` +
        'nothing is appended to it: the hash chain would no longer fit. Find out who changed the stream, ' +
        'then restore its metadata or its events from a backup',
    );
    this.name = 'StreamHistoryHiddenError';
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
