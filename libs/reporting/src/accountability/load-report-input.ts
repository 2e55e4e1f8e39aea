/**
 * Gathers what the pure builder needs from a running store: the position to report at (the head of the
 * log unless given), the fund's events up to it, and the ledger digest at it. The CLI and the HTTP
 * service both go through here, so a report means the same wherever it was made.
 */
import { fundStreamName } from '@fund-ledger/domain';
import { commandEndPosition } from '@fund-ledger/projections';
import {
  ledgerDigestRoot,
  readSealStream,
  type EventStore,
  type LedgerDigest,
  type PublishedSeal,
  type RecordedEvent,
  type StreamHead,
} from '@fund-ledger/event-store';
import type { ReportSeal } from './accountability-report.model';
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

/** Rows per read: large batches keep a long log's read close to the database's own speed. */
const READ_BATCH_SIZE = 5000;

export async function loadReportInput(
  store: Pick<EventStore, 'readAll' | 'readStream' | 'headPosition'>,
  request: ReportRequest,
): Promise<AccountabilityReportInput> {
  const head = await store.headPosition();
  const requested = request.position ?? head;
  if (!Number.isSafeInteger(requested) || requested < 0 || requested > head) {
    throw new ReportPositionError(
      `The report position must be a whole number from 0 to the head of the log (${head}); got ${String(requested)}`,
    );
  }
  // A position inside one command's events stands for the command's end: no report shows it half applied.
  const position = requested === 0 ? 0 : await commandEndPosition(store, requested);
  const { events, ledgerDigest } = await readFundAndDigest(store, fundStreamName(request.fundId), position);
  const { seals } = await readSealStream(store);
  return {
    fundId: request.fundId,
    period: request.period,
    events,
    position,
    ledgerDigest,
    generatedAt: request.generatedAt ?? null,
    seal: reportSealOf(seals, position),
  };
}

/**
 * The latest seal covering the position (its own position at or after it), or a statement that none
 * does. The seal's signature and token are not checked here: `verify --seals report.json` checks them.
 */
export function reportSealOf(seals: readonly PublishedSeal[], position: number): ReportSeal {
  const latest = seals.at(-1);
  if (latest !== undefined && latest.position >= position) {
    return {
      seal: latest,
      statement: `Sealed: the seal of ${latest.sealedAt} covers every event up to position ${latest.position}, this report's included.`,
    };
  }
  const statement =
    latest === undefined
      ? 'Not sealed: the log has no seal.'
      : `Not sealed yet: the last seal covers events up to position ${latest.position}, before this report's position ${position}.`;
  return { seal: null, statement };
}

/**
 * One pass over the log up to the position gives both the fund's events and the ledger digest (the same
 * digest `computeLedgerDigest` gives), instead of reading the fund's stream and then the whole log.
 */
async function readFundAndDigest(
  store: Pick<EventStore, 'readAll'>,
  streamId: string,
  position: number,
): Promise<{ events: RecordedEvent[]; ledgerDigest: LedgerDigest }> {
  const events: RecordedEvent[] = [];
  const heads = new Map<string, StreamHead>();
  let eventCount = 0;
  if (position > 0) {
    for await (const event of store.readAll({ toPosition: position, batchSize: READ_BATCH_SIZE })) {
      heads.set(event.streamId, { revision: event.revision, hash: event.hash });
      eventCount += 1;
      if (event.streamId === streamId) events.push(event);
    }
  }
  const ledgerDigest = { position, streamCount: heads.size, eventCount, root: ledgerDigestRoot(heads) };
  return { events, ledgerDigest };
}
