import { Query } from '@nestjs/cqrs';
import type { LedgerDigest } from '@fund-ledger/event-store';

/** The ledger digest at a global position (default: the head of the log). */
export class LedgerDigestQuery extends Query<LedgerDigest> {
  constructor(readonly position: number | undefined) {
    super();
  }
}
