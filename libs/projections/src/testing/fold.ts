/** Folding for tests: the fund projection after a list of stored events, and its summary. */
import type { RecordedEvent } from '@fund-ledger/event-store';
import {
  evolveFundProjection,
  initialFundProjection,
  type FundProjection,
  type FundSummary,
} from '../fund-projection';

export function foldProjection(events: readonly RecordedEvent[]): FundProjection {
  return events.reduce(evolveFundProjection, initialFundProjection());
}

export function requireSummary(projection: FundProjection): FundSummary {
  if (projection.summary === null) throw new Error('The fund has not been opened in these events');
  return projection.summary;
}
