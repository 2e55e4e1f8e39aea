import type { RecordedEvent, Subscription } from '../event-store.port';
import type { PostgresChangeListener } from './postgres-change-listener';

/** Reads up to `limit` events of the global log strictly after `afterPosition`, in position order. */
export type GlobalLogPageReader = (afterPosition: number, limit: number) => Promise<readonly RecordedEvent[]>;

export interface PostgresSubscriptionOptions {
  readonly afterPosition: number;
  readonly batchSize: number;
  readonly pollIntervalMs: number;
}

/**
 * A catch-up subscription with no separate live mode: it reads pages after the last delivered position
 * until a page comes back short, then waits for a change and reads again. Catching up and following
 * the log are the same query, so the switch between them can neither skip nor repeat an event; that
 * positions become visible in ascending order is the append function's guarantee.
 */
export class PostgresSubscription implements Subscription {
  private closed = false;
  private readonly events: AsyncGenerator<RecordedEvent>;

  constructor(
    private readonly readPage: GlobalLogPageReader,
    private readonly changes: PostgresChangeListener,
    private readonly options: PostgresSubscriptionOptions,
    private readonly onClosed: (subscription: PostgresSubscription) => void,
  ) {
    this.events = this.follow();
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    return this.events;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.changes.wakeUp();
    this.onClosed(this);
  }

  private async *follow(): AsyncGenerator<RecordedEvent> {
    let afterPosition = this.options.afterPosition;
    try {
      while (!this.closed) {
        await this.changes.ensureListening();
        const seenChanges = this.changes.changeCount;
        const page = await this.readPage(afterPosition, this.options.batchSize);
        for (const event of page) {
          if (this.closed) return;
          yield event;
          afterPosition = event.position;
        }
        if (page.length < this.options.batchSize && !this.closed) {
          await this.changes.waitForChange(seenChanges, this.options.pollIntervalMs);
        }
      }
    } finally {
      await this.close();
    }
  }
}
