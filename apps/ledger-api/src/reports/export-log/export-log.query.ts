import { Query } from '@nestjs/cqrs';

export interface ExportedLog {
  /** The global position the export ends at (inclusive). */
  readonly upTo: number;
  /** JSON Lines, one stored event per line, in global position order. */
  readonly lines: AsyncIterable<string>;
}

/** The event log with its hashes, of one fund (its stream) or of the whole ledger (`fundId` null). */
export class ExportLogQuery extends Query<ExportedLog> {
  constructor(
    readonly fundId: string | null,
    readonly toPosition: number | undefined,
  ) {
    super();
  }
}
