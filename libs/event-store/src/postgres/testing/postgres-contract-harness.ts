import { Client } from 'pg';
import type { ContractHarness } from '../../testing/event-store.contract';
import { alterOneDigit } from '../../testing/tamper';
import { openPostgresEventStore } from '../postgres-event-store';
import { postgresLayout } from '../../storage/postgres-layout';
import { dropSchema, randomSchemaName, TEST_DATABASE_URL } from './postgres-test-database';

/**
 * A fresh PostgreSQL store in its own schema for one contract test. Damage is done the way someone with
 * database access would do it: `session_replication_role = replica` switches off the append-only
 * triggers (it needs the superuser rights the test database grants), then the row is edited.
 */
export async function openPostgresContractHarness(): Promise<ContractHarness> {
  const schema = randomSchemaName('contract');
  const config = { kind: 'postgres' as const, connectionString: TEST_DATABASE_URL, schema };
  const store = await openPostgresEventStore(config);
  const eventsTable = postgresLayout(schema).eventsTable;
  return {
    store,
    config,
    async tamperWithStoredData(position) {
      await bypassingAppendOnlyTriggers(async (client) => {
        const { rows } = await client.query<{ data: string }>(
          `SELECT data::text AS data FROM ${eventsTable} WHERE position = $1`,
          [position],
        );
        const stored = rows[0];
        if (!stored) throw new Error(`No stored event at position ${position}`);
        await client.query(`UPDATE ${eventsTable} SET data = $2::json WHERE position = $1`, [
          position,
          alterOneDigit(stored.data),
        ]);
      });
    },
    async deleteStoredEvent(position) {
      await bypassingAppendOnlyTriggers(async (client) => {
        await client.query(`DELETE FROM ${eventsTable} WHERE position = $1`, [position]);
      });
    },
    async dispose() {
      await store.close();
      await dropSchema(schema);
    },
  };
}

async function bypassingAppendOnlyTriggers(edit: (client: Client) => Promise<void>): Promise<void> {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query('SET session_replication_role = replica');
    await edit(client);
  } finally {
    await client.end();
  }
}
