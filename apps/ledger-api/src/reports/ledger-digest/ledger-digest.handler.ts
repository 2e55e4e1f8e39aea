import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  computeLedgerDigest,
  EVENT_STORE,
  type EventStore,
  type LedgerDigest,
} from '@fund-ledger/event-store';
import { ProblemException } from '../../common/problems/problem.exception';
import { LedgerDigestQuery } from './ledger-digest.query';

/** Reads the stored hashes of the whole log up to the position; it does not recompute them (`ledger-cli verify` does). */
@QueryHandler(LedgerDigestQuery)
export class LedgerDigestHandler implements IQueryHandler<LedgerDigestQuery, LedgerDigest> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(query: LedgerDigestQuery): Promise<LedgerDigest> {
    const head = await this.store.headPosition();
    if (query.position !== undefined && query.position > head) {
      const detail = `position ${query.position} is beyond the head of the log (${head})`;
      throw ProblemException.of('invalidInput', { detail, errors: [{ field: 'position', message: detail }] });
    }
    return computeLedgerDigest(this.store, query.position ?? head);
  }
}
