/**
 * Goal: the PostgreSQL idempotency store, in a private schema, satisfies the store contract and
 * survives its connections being cut by the server (as in a PostgreSQL restart).
 */
import { Client } from 'pg';
import {
  describeWithPostgres,
  dropSchema,
  randomSchemaName,
  TEST_DATABASE_URL,
} from '@fund-ledger/event-store/postgres/testing/postgres-test-database';
import { PostgresIdempotencyStore } from './postgres-idempotency.store';
import { runIdempotencyStoreContract } from './testing/idempotency-store.contract';

describeWithPostgres(
  'PostgresIdempotencyStore',
  () => {
    runIdempotencyStoreContract(async () => {
      const schema = randomSchemaName('idempotency');
      const store = await PostgresIdempotencyStore.open(TEST_DATABASE_URL, schema);
      return {
        store,
        async dispose() {
          await store.close();
          await dropSchema(schema);
        },
      };
    });

    it('opens twice on the same schema at once without a race on creating the table', async () => {
      const schema = randomSchemaName('idempotency');
      const stores = await Promise.all([
        PostgresIdempotencyStore.open(TEST_DATABASE_URL, schema),
        PostgresIdempotencyStore.open(TEST_DATABASE_URL, schema),
        PostgresIdempotencyStore.open(TEST_DATABASE_URL, schema),
      ]);
      expect(await Promise.all(stores.map((store) => store.ping()))).toEqual([true, true, true]);
      await Promise.all(stores.map((store) => store.close()));
      await dropSchema(schema);
    });

    it('keeps the process alive and answers again after the server ends its idle connections', async () => {
      const schema = randomSchemaName('idempotency');
      const applicationName = `${schema}-severed`;
      const url = new URL(TEST_DATABASE_URL);
      url.searchParams.set('application_name', applicationName);
      const store = await PostgresIdempotencyStore.open(url.toString(), schema);
      const admin = new Client({ connectionString: TEST_DATABASE_URL });
      await admin.connect();
      try {
        expect(await store.ping()).toBe(true);
        const severed = await admin.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
          [applicationName],
        );
        expect(severed.rowCount).toBeGreaterThan(0);
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(await store.ping()).toBe(true);
      } finally {
        await admin.end();
        await store.close();
        await dropSchema(schema);
      }
    });
  },
  () => {
    it('is not run without PostgreSQL', () => undefined);
  },
);
