/**
 * Goal: the PostgreSQL adapter passes the contract every event store must pass, against a real server,
 * each test in a fresh schema of its own; and the database itself refuses edits of stored events.
 */
import { Client } from 'pg';
import { runEventStoreContract } from '../testing/event-store.contract';
import { openPostgresEventStore } from './postgres-event-store';
import { postgresLayout } from '../storage/postgres-layout';
import { openPostgresContractHarness } from './testing/postgres-contract-harness';
import {
  describeWithPostgres,
  dropSchema,
  randomSchemaName,
  TEST_DATABASE_URL,
} from './testing/postgres-test-database';

const metadata = {
  actor: { subject: 'treasurer-1', role: 'treasurer' },
  commandId: 'command-1',
  correlationId: 'command-1',
  causationId: 'command-1',
  recordedAt: '2024-03-01T09:30:00.000Z',
};

describeWithPostgres(
  'PostgreSQL event store',
  () => {
    runEventStoreContract('postgres', openPostgresContractHarness);

    describe('schema', () => {
      const schema = randomSchemaName('schema');
      const config = { kind: 'postgres' as const, connectionString: TEST_DATABASE_URL, schema };

      afterAll(() => dropSchema(schema));

      test('several processes may create the schema at the same moment', async () => {
        const stores = await Promise.all([1, 2, 3, 4].map(() => openPostgresEventStore(config)));
        await Promise.all(stores.map((store) => store.close()));
      });

      test('stored events cannot be updated, deleted or truncated through ordinary SQL', async () => {
        const store = await openPostgresEventStore(config);
        const { lastPosition } = await store.append(
          'fund-1',
          [{ type: 'FundOpened', data: { name: 'City-Fonds' }, metadata }],
          'no_stream',
        );
        await store.close();
        const table = postgresLayout(schema).eventsTable;
        const client = new Client({ connectionString: TEST_DATABASE_URL });
        await client.connect();
        try {
          await expect(
            client.query(`UPDATE ${table} SET type = 'FundClosed' WHERE position = $1`, [lastPosition]),
          ).rejects.toThrow(/append-only/);
          await expect(client.query(`DELETE FROM ${table}`)).rejects.toThrow(/append-only/);
          await expect(client.query(`TRUNCATE ${table}`)).rejects.toThrow(/append-only/);
        } finally {
          await client.end();
        }
      });
    });
  },
  () => {
    test('the schema name is checked before any connection is made', () => {
      expect(() => postgresLayout('ledger; DROP TABLE x')).toThrow(/not allowed/);
    });
  },
);
