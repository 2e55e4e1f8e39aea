/**
 * Goal: the PostgreSQL idempotency store, in a private schema, satisfies the store contract and
 * survives its connections being cut by the server (as in a PostgreSQL restart).
 */
import {
  describeWithPostgres,
  dropSchema,
  randomSchemaName,
  TEST_DATABASE_URL,
  withSeverableStore,
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
      await withSeverableStore(
        'idempotency',
        (connectionString, schema) => PostgresIdempotencyStore.open(connectionString, schema),
        async (store, { sever }) => {
          expect(await store.ping()).toBe(true);
          expect(await sever()).toBeGreaterThan(0);
          await new Promise((resolve) => setTimeout(resolve, 100));
          expect(await store.ping()).toBe(true);
        },
      );
    });
  },
  () => {
    it('is not run without PostgreSQL', () => undefined);
  },
);
