/**
 * Turns domain events into stored events as the store would record them (stream, revision, global
 * position, metadata), for tests of the pure reducers that need no database.
 */
import { fundStreamName, type FundEvent } from '@fund-ledger/domain';
import type { JsonObject, RecordedEvent } from '@fund-ledger/event-store';

const UNHASHED = '0'.repeat(64);

export function recordEvents(events: readonly FundEvent[], firstPosition = 1): RecordedEvent[] {
  const revisions = new Map<string, number>();
  return events.map((event, index) => {
    const streamId = fundStreamName(event.data.fundId);
    const revision = revisions.get(streamId) ?? 0;
    revisions.set(streamId, revision + 1);
    return {
      streamId,
      revision,
      position: firstPosition + index,
      type: event.type,
      data: event.data as unknown as JsonObject,
      metadata: {
        actor: { subject: 'test-treasurer', role: 'treasurer' },
        commandId: `command-${firstPosition + index}`,
        correlationId: `correlation-${firstPosition + index}`,
        causationId: `correlation-${firstPosition + index}`,
        recordedAt: event.data.occurredAt,
      },
      prevHash: UNHASHED,
      hash: UNHASHED,
    };
  });
}
