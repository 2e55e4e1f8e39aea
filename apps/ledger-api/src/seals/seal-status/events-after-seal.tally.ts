import { isSealStream, type EventStore } from '@fund-ledger/event-store';
import type { EventsAfterSealDto } from './seal-status.response.dto';

/**
 * Counts the events outside the seal stream after the last seal, remembering how far it has read: the log
 * only grows, so each call reads just what was appended since the one before. A new last seal starts a
 * new count. Calls run one after the other, so concurrent requests never count an event twice.
 */
export class EventsAfterSealTally {
  private sealPosition = -1;
  private readUpTo = 0;
  private after: EventsAfterSealDto = emptyTally();
  private running: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: EventStore) {}

  /** What follows the seal at `sealPosition` (0: there is no seal), as far as the log goes now. */
  eventsAfter(sealPosition: number): Promise<EventsAfterSealDto> {
    const next = this.running.then(() => this.catchUp(sealPosition));
    this.running = next.catch(() => undefined);
    return next;
  }

  private async catchUp(sealPosition: number): Promise<EventsAfterSealDto> {
    if (sealPosition !== this.sealPosition) this.restartAt(sealPosition);
    const after = { ...this.after };
    let readUpTo = this.readUpTo;
    for await (const event of this.store.readAll({ afterPosition: readUpTo, batchSize: 5000 })) {
      readUpTo = event.position;
      if (isSealStream(event.streamId)) continue;
      after.eventCount += 1;
      after.firstPosition ??= event.position;
      after.firstRecordedAt ??= event.metadata.recordedAt;
      after.lastPosition = event.position;
      after.lastRecordedAt = event.metadata.recordedAt;
    }
    this.after = after;
    this.readUpTo = readUpTo;
    return { ...after };
  }

  private restartAt(sealPosition: number): void {
    this.sealPosition = sealPosition;
    this.readUpTo = sealPosition;
    this.after = emptyTally();
  }
}

function emptyTally(): EventsAfterSealDto {
  return {
    eventCount: 0,
    firstPosition: null,
    lastPosition: null,
    firstRecordedAt: null,
    lastRecordedAt: null,
  };
}
