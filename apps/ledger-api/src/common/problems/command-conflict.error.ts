/**
 * The command kept losing the race for its stream: every attempt found the stream changed by another
 * request between reading and appending, up to the retry limit. Nothing was written.
 */
export class CommandConflictError extends Error {
  readonly code = 'COMMAND.CONCURRENT_MODIFICATION';

  constructor(
    readonly streamId: string,
    readonly attempts: number,
  ) {
    super(`Stream ${streamId} changed during each of ${attempts} attempts to append`);
    this.name = 'CommandConflictError';
  }
}
