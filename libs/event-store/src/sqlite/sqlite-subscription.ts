/**
 * The catch-up subscription of the SQLite adapter. It reads the log by position in batches and, once it
 * has caught up, waits until either an append in this process signals the file or the poll interval
 * passes (appends by other processes cannot signal it). Because SQLite commits in position order, reading
 * "everything after the last delivered position" can neither skip nor repeat an event.
 */
import type { RecordedEvent, Subscription } from '../event-store.port';

type Listener = () => void;

/** Listeners per database file, shared by every store this process opened on that file. */
const listenersByPath = new Map<string, Set<Listener>>();

/** Wakes every subscription of this process on the file at `path`. */
export function notifyAppended(path: string): void {
  for (const listener of listenersByPath.get(path) ?? []) {
    listener();
  }
}

function listen(path: string, listener: Listener): () => void {
  const listeners = listenersByPath.get(path) ?? new Set<Listener>();
  listenersByPath.set(path, listeners);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      listenersByPath.delete(path);
    }
  };
}

export interface PollingSubscriptionOptions {
  readonly path: string;
  readonly afterPosition: number;
  readonly pollIntervalMs: number;
  /** Returns the next bounded batch of events strictly after the position, in position order. */
  readonly readBatch: (afterPosition: number) => RecordedEvent[];
  readonly onClose: () => void;
}

export class PollingSubscription implements Subscription {
  private closed = false;
  private wakeUp: Listener | null = null;
  private readonly events: AsyncGenerator<RecordedEvent>;

  constructor(private readonly options: PollingSubscriptionOptions) {
    this.events = this.deliver(options.afterPosition);
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    return this.events;
  }

  /** Ends the iteration: a pending `next()` resolves as done, and no event is delivered afterwards. */
  async close(): Promise<void> {
    if (this.closed) {
      return;
    }
    this.closed = true;
    this.wakeUp?.();
    this.options.onClose();
    await this.events.return(undefined);
  }

  /** A consumer that leaves its `for await` loop early also ends the subscription (through `finally`). */
  private async *deliver(afterPosition: number): AsyncGenerator<RecordedEvent> {
    let lastPosition = afterPosition;
    try {
      while (!this.closed) {
        const batch = this.options.readBatch(lastPosition);
        for (const event of batch) {
          if (this.closed) {
            return;
          }
          yield event;
          lastPosition = event.position;
        }
        if (batch.length === 0) {
          await this.waitForAppend();
        }
      }
    } finally {
      this.closed = true;
      this.options.onClose();
    }
  }

  /**
   * Registered synchronously right after an empty read, so no append of this process can slip in
   * between the read and the registration (both happen without yielding to the event loop).
   */
  private waitForAppend(): Promise<void> {
    return new Promise((resolvePromise) => {
      const finish = (): void => {
        clearTimeout(timer);
        stopListening();
        this.wakeUp = null;
        resolvePromise();
      };
      const timer = setTimeout(finish, this.options.pollIntervalMs);
      const stopListening = listen(this.options.path, finish);
      this.wakeUp = finish;
    });
  }
}
