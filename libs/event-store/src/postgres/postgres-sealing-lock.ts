/**
 * The sealing lock on PostgreSQL: a session advisory lock, tried without waiting, on a connection of
 * its own that is kept only while sealing. A crashed holder's session ends and the lock with it.
 */
import { Pool } from 'pg';
import type { SealingLock } from '../seals/sealing-lock';
import { postgresLayout } from '../storage/postgres-layout';

export class PostgresSealingLock implements SealingLock {
  private readonly pool: Pool;
  private readonly keys: readonly [number, number];

  constructor(connectionString: string, schema?: string) {
    this.pool = new Pool({ connectionString, max: 1 });
    this.pool.on('error', () => undefined);
    this.keys = postgresLayout(schema).sealLockKeys;
  }

  async runExclusive<T>(work: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
    const client = await this.pool.connect();
    try {
      const { rows } = await client.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_lock($1, $2) AS locked',
        [...this.keys],
      );
      if (rows[0]?.locked !== true) return { ran: false };
      try {
        return { ran: true, value: await work() };
      } finally {
        await client.query('SELECT pg_advisory_unlock($1, $2)', [...this.keys]);
      }
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
