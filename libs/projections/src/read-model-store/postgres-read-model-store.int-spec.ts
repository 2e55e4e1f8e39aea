/**
 * Goal: the PostgreSQL read-model store keeps its process alive when the server ends a connection in
 * the middle of one of its transactions (as a PostgreSQL restart does), and answers again afterwards.
 */
import type { Client } from 'pg';
import {
  describeWithPostgres,
  withSeverableStore,
} from '@fund-ledger/event-store/postgres/testing/postgres-test-database';
import { openPostgresReadModelStore } from './postgres-read-model-store';

/** Until the store's transaction waits for the lock the test holds, visible in pg_stat_activity. */
async function waitUntilBlocked(admin: Client, applicationName: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const { rowCount } = await admin.query(
      `SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'`,
      [applicationName],
    );
    if (rowCount !== null && rowCount > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('The read-model store never waited for the lock');
}

describeWithPostgres(
  'PostgresReadModelStore when the server ends its connections',
  () => {
    it('fails the interrupted transaction, keeps the process alive and reads again', async () => {
      await withSeverableStore(
        'read_models',
        (connectionString, schema) => openPostgresReadModelStore({ connectionString, schema }),
        async (store, { schema, applicationName, admin, sever }) => {
          await admin.query('BEGIN');
          await admin.query(`LOCK TABLE "${schema}".projection_checkpoints IN ACCESS EXCLUSIVE MODE`);
          const interrupted = store.readFund('north', { withApplications: true });
          await waitUntilBlocked(admin, applicationName);
          await sever();
          await admin.query('ROLLBACK');

          await expect(interrupted).rejects.toThrow();
          expect(await store.readCheckpoint()).toEqual({ position: 0, version: 0, generation: 0 });
        },
      );
    });
  },
  () => {
    it('is not run without PostgreSQL', () => undefined);
  },
);
