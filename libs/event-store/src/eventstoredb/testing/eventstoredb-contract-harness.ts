import { randomBytes } from 'node:crypto';
import { EventStoreDBClient, StreamNotFoundError } from '@eventstore/db-client';
import type {
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '../../event-store.port';
import type { ContractHarness } from '../../testing/event-store.contract';
import { alterOneDigit } from '../../testing/tamper';
import { openEventStoreDbEventStore } from '../eventstoredb-event-store';
import { clientConnectionString, EventStoreDbStreamNames } from '../eventstoredb-mapping';

/**
 * A store under a fresh stream prefix on the server at `connectionString`, for one contract test.
 *
 * EventStoreDB's log is immutable: it offers no way to change one stored event or to remove one from
 * the middle of a stream (deletion and truncation work on whole streams or their beginnings). So the
 * harness damages events on their way out of the store instead, which is what a compromised server or
 * a forged backup would present to the ledger; verification sees exactly the same thing.
 */
export async function openEventStoreDbContractHarness(connectionString: string): Promise<ContractHarness> {
  const streamPrefix = `contract-${randomBytes(6).toString('hex')}`;
  const config = { kind: 'eventstoredb' as const, connectionString, streamPrefix };
  const store = new DamageableStore(await openEventStoreDbEventStore(config));
  return {
    store,
    config,
    async tamperWithStoredData(position) {
      store.alteredPositions.add(position);
    },
    async deleteStoredEvent(position) {
      store.deletedPositions.add(position);
    },
    async dispose() {
      const streamIds = await store.streamIds();
      await store.close();
      await deleteStreams(connectionString, streamPrefix, streamIds);
    },
  };
}

/** Passes everything through to the real store, except that reads show the configured damage. */
class DamageableStore implements EventStore {
  readonly alteredPositions = new Set<number>();
  readonly deletedPositions = new Set<number>();

  constructor(private readonly inner: EventStore) {}

  append: EventStore['append'] = (streamId, events, expectedRevision) =>
    this.inner.append(streamId, events, expectedRevision);

  readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent> {
    return this.damaged(this.inner.readStream(streamId, options));
  }

  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent> {
    return this.damaged(this.inner.readAll(options));
  }

  subscribeToAll(options?: SubscribeOptions): Subscription {
    const subscription = this.inner.subscribeToAll(options);
    const events = this.damaged(subscription);
    return {
      [Symbol.asyncIterator]: () => events[Symbol.asyncIterator](),
      close: () => subscription.close(),
    };
  }

  headPosition(): Promise<number> {
    return this.inner.headPosition();
  }

  ping(): Promise<boolean> {
    return this.inner.ping();
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  async streamIds(): Promise<Set<string>> {
    const streamIds = new Set<string>();
    for await (const event of this.inner.readAll()) streamIds.add(event.streamId);
    return streamIds;
  }

  private async *damaged(source: AsyncIterable<RecordedEvent>): AsyncGenerator<RecordedEvent> {
    for await (const event of source) {
      if (this.deletedPositions.has(event.position)) continue;
      if (!this.alteredPositions.has(event.position)) {
        yield event;
        continue;
      }
      yield {
        ...event,
        data: JSON.parse(alterOneDigit(JSON.stringify(event.data))) as RecordedEvent['data'],
      };
    }
  }
}

async function deleteStreams(
  connectionString: string,
  prefix: string,
  streamIds: Set<string>,
): Promise<void> {
  const names = new EventStoreDbStreamNames(prefix);
  const client = EventStoreDBClient.connectionString(clientConnectionString(connectionString));
  try {
    for (const streamId of streamIds) {
      await client.deleteStream(names.toEventStoreDb(streamId)).catch((error: unknown) => {
        if (!(error instanceof StreamNotFoundError)) throw error;
      });
    }
  } finally {
    await client.dispose();
  }
}
