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
 * positions become visible in ascending order is the append function's guarantee. After a full page it
 * asks for the next one before delivering the first, so that the server reads while the consumer works
 * (a rebuild folds one page while the next is on its way).
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
    try {
      let read = await this.startReading(this.options.afterPosition);
      for (;;) {
        const page = await read.page;
        const last = page[page.length - 1];
        const full = page.length >= this.options.batchSize && last !== undefined;
        const next = full && !this.closed ? await this.startReading(last.position) : null;
        for (const event of page) {
          if (this.closed) return;
          yield event;
        }
        if (next === null) await this.changes.waitForChange(read.seenChanges, this.options.pollIntervalMs);
        if (this.closed) return;
        read = next ?? (await this.startReading(last?.position ?? read.afterPosition));
      }
    } finally {
      await this.close();
    }
  }

  /**
   * Starts reading the page after `afterPosition`, noting how many changes had been announced before:
   * a change announced after that may not be in the page, and must wake the wait that follows it.
   */
  private async startReading(afterPosition: number): Promise<PageRead> {
    await this.changes.ensureListening();
    const seenChanges = this.changes.changeCount;
    const page = this.readPage(afterPosition, this.options.batchSize);
    // A page asked for ahead may fail after the consumer has stopped; nobody awaits it then.
    page.catch(() => undefined);
    return { afterPosition, seenChanges, page };
  }
}

interface PageRead {
  readonly afterPosition: number;
  readonly seenChanges: number;
  readonly page: Promise<readonly RecordedEvent[]>;
}
