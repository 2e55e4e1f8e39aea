/**
 * Gathers what the pure builder needs from a running store: the position to report at (the head of the
 * log unless given), the fund's events up to it, and the ledger digest at it. The CLI and the HTTP
 * service both go through here, so a report means the same wherever it was made.
 */
import { fundStreamName } from '@fund-ledger/domain';
import { computeLedgerDigest, type EventStore, type RecordedEvent } from '@fund-ledger/event-store';
import type { AccountabilityReportInput } from './build-accountability-report';
import type { ReportPeriod } from './report-period';

export interface ReportRequest {
  readonly fundId: string;
  readonly period: ReportPeriod;
  /** Default: the head of the log when the request starts. */
  readonly position?: number;
  readonly generatedAt?: string | null;
}

/** A position beyond the head of the log, or not a position at all. */
export class ReportPositionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportPositionError';
  }
}

export async function loadReportInput(
  store: Pick<EventStore, 'readAll' | 'readStream' | 'headPosition'>,
  request: ReportRequest,
): Promise<AccountabilityReportInput> {
  const head = await store.headPosition();
  const position = request.position ?? head;
  if (!Number.isSafeInteger(position) || position < 0 || position > head) {
    throw new ReportPositionError(
      `The report position must be a whole number from 0 to the head of the log (${head}); got ${String(position)}`,
    );
  }
  const events: RecordedEvent[] = [];
  for await (const event of store.readStream(fundStreamName(request.fundId))) {
    if (event.position > position) break;
    events.push(event);
  }
  const ledgerDigest = await computeLedgerDigest(store, position);
  return {
    fundId: request.fundId,
    period: request.period,
    events,
    position,
    ledgerDigest,
    generatedAt: request.generatedAt ?? null,
  };
}
