/**
 * The projections read the fund streams of the global log. Each stored event is decoded once into a
 * `FundEventRecord`: the domain event with the place it holds in the log and the instant it was
 * recorded, which is all a reducer needs besides the event itself.
 */
import { decodeFundEvent, FUND_STREAM_PREFIX, type FundEvent } from '@fund-ledger/domain';
import type { RecordedEvent } from '@fund-ledger/event-store';

export interface FundEventRecord {
  readonly fundId: string;
  readonly event: FundEvent;
  readonly streamId: string;
  readonly revision: number;
  readonly position: number;
  /** When the store accepted the command (metadata), the instant point-in-time queries compare with. */
  readonly recordedAt: string;
  /** The command that produced the event (metadata): the events of one command count on one business date. */
  readonly commandId: string;
}

/** Where a projection stands: the last event it has folded. */
export interface ProjectionPoint {
  readonly position: number;
  readonly revision: number;
  readonly recordedAt: string;
}

/**
 * A stored event the projections cannot fold. The projection stops on it rather than skip it: a
 * balance computed without one of its events would be wrong without anyone noticing.
 */
export class ProjectionError extends Error {
  constructor(
    message: string,
    readonly position: number,
    readonly streamId: string,
    readonly eventType: string,
  ) {
    super(message);
    this.name = 'ProjectionError';
  }
}

export function isFundStream(streamId: string): boolean {
  return streamId.startsWith(FUND_STREAM_PREFIX);
}

/** Decodes a stored event of a fund stream; null for events of other streams, which no fund projection reads. */
export function toFundEventRecord(recorded: RecordedEvent): FundEventRecord | null {
  if (!isFundStream(recorded.streamId)) return null;
  const fundId = recorded.streamId.slice(FUND_STREAM_PREFIX.length);
  const event = decodedOrRefused(recorded);
  if (event.data.fundId !== fundId) {
    throw errorAt(
      recorded,
      `the event names fund ${String(event.data.fundId)} but sits in ${recorded.streamId}`,
    );
  }
  return new StoredFundEventRecord(fundId, recorded, event);
}

function decodedOrRefused(recorded: RecordedEvent): FundEvent {
  try {
    return decodeFundEvent(recorded);
  } catch (error) {
    throw errorAt(recorded, (error as Error).message);
  }
}

/**
 * Reads `recordedAt` and `commandId` from the metadata only when asked: a rebuild needs it only for the last event of
 * each fund it stores, and a store may leave the metadata of an event unparsed until it is read.
 */
class StoredFundEventRecord implements FundEventRecord {
  readonly streamId: string;
  readonly revision: number;
  readonly position: number;

  constructor(
    readonly fundId: string,
    private readonly recorded: RecordedEvent,
    readonly event: FundEvent,
  ) {
    this.streamId = recorded.streamId;
    this.revision = recorded.revision;
    this.position = recorded.position;
  }

  get recordedAt(): string {
    return this.recorded.metadata.recordedAt;
  }

  get commandId(): string {
    return this.recorded.metadata.commandId;
  }
}

export function pointOf(record: FundEventRecord): ProjectionPoint {
  return { position: record.position, revision: record.revision, recordedAt: record.recordedAt };
}

/** The application an event concerns, or null for events about the fund as a whole. */
export function applicationIdOf(event: FundEvent): string | null {
  return 'applicationId' in event.data ? event.data.applicationId : null;
}

export function errorAt(
  recorded: Pick<RecordedEvent, 'position' | 'streamId' | 'revision' | 'type'>,
  reason: string,
): ProjectionError {
  return new ProjectionError(
    `Cannot project event at position ${recorded.position} (${recorded.streamId} revision ${recorded.revision}, ${recorded.type}): ${reason}`,
    recorded.position,
    recorded.streamId,
    recorded.type,
  );
}
