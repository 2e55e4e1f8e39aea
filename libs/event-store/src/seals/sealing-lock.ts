/**
 * The lock that lets one instance seal at a time. Sealing twice is harmless anyway (a seal is appended
 * with the seal stream's expected revision, so a second sealer of the same position loses and finds the
 * seal made), but the lock spares the second instance the work and the time-stamping authority a request.
 */
import type { EventStoreConfig } from '../store-config';

export interface SealingLock {
  /** Runs `work` if the lock is free and returns its result; returns `{ ran: false }` when another holds it. */
  runExclusive<T>(work: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }>;
  close(): Promise<void>;
}

/** For stores one process writes at a time (SQLite) or with no lock service (EventStoreDB). */
export class InProcessSealingLock implements SealingLock {
  private held = false;

  async runExclusive<T>(work: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
    if (this.held) return { ran: false };
    this.held = true;
    try {
      return { ran: true, value: await work() };
    } finally {
      this.held = false;
    }
  }

  async close(): Promise<void> {}
}

/** PostgreSQL: a session advisory lock shared by every instance of the same schema; others: in process. */
export async function createSealingLock(config: EventStoreConfig): Promise<SealingLock> {
  if (config.kind !== 'postgres') return new InProcessSealingLock();
  const { PostgresSealingLock } = await import('../postgres/postgres-sealing-lock');
  return new PostgresSealingLock(config.connectionString, config.schema);
}
