import { Client, type ClientConfig } from 'pg';

/** After a failed LISTEN connection, wait this long before trying again; polling covers the gap. */
const RECONNECT_DELAY_MS = 1_000;

/**
 * One LISTEN connection per store, shared by all its subscriptions. Each notification bumps a counter;
 * a subscription notes the counter before it reads and, having read everything, waits until the
 * counter moves, a poll interval passes, or it is closed. Notifications only shorten the wait: a
 * subscription always reads from its last position, so a lost notification delays it by at most one
 * poll interval and can neither skip nor repeat an event.
 */
export class PostgresChangeListener {
  private client: Client | undefined;
  private connecting: Promise<void> | undefined;
  private failedAt = 0;
  private closed = false;
  private changes = 0;
  private readonly waiters = new Set<() => void>();

  constructor(
    private readonly clientConfig: ClientConfig,
    private readonly channel: string,
  ) {}

  get changeCount(): number {
    return this.changes;
  }

  /** Connects and listens unless already done, closed, or a recent attempt failed. Never throws. */
  ensureListening(): Promise<void> {
    if (this.client || this.closed || Date.now() - this.failedAt < RECONNECT_DELAY_MS) {
      return Promise.resolve();
    }
    this.connecting ??= this.connect().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  /** Resolves when the change counter differs from `seenCount`, after `timeoutMs`, or on `wakeUp()`. */
  waitForChange(seenCount: number, timeoutMs: number): Promise<void> {
    if (this.changes !== seenCount || this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
    });
  }

  /** Ends every current wait, e.g. when a subscription is closed. */
  wakeUp(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeUp();
    await this.connecting;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client(this.clientConfig);
    client.on('notification', () => this.signalChange());
    client.on('error', () => this.drop(client));
    client.on('end', () => this.drop(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
    } catch {
      this.failedAt = Date.now();
      await client.end().catch(() => undefined);
      return;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    // Anything committed while no connection listened went unannounced: let waiting readers look.
    this.signalChange();
  }

  private drop(client: Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.failedAt = Date.now();
    client.end().catch(() => undefined);
  }

  private signalChange(): void {
    this.changes += 1;
    this.wakeUp();
  }
}
