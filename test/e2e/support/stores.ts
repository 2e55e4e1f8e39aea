import {
  isPostgresReachable,
  TEST_DATABASE_URL,
} from '@fund-ledger/event-store/postgres/testing/postgres-test-database';

/** The relational stores the service runs on in end-to-end tests (EventStoreDB needs a server we do not have). */
export type TestStoreKind = 'sqlite' | 'postgres';

let postgresReachable: boolean | undefined;

/**
 * Runs the same `describe` block once per store: always on SQLite, and on PostgreSQL when it answers
 * at DATABASE_URL. Without PostgreSQL the block is not registered and a notice says so, except with
 * CI=true, where a failing test is registered instead: CI must exercise PostgreSQL.
 */
export function describeEachStore(title: string, body: (store: TestStoreKind) => void): void {
  describe(`${title} [sqlite]`, () => body('sqlite'));
  postgresReachable ??= isPostgresReachable();
  if (postgresReachable) {
    describe(`${title} [postgres]`, () => body('postgres'));
    return;
  }
  const reason = `PostgreSQL is not reachable at ${TEST_DATABASE_URL} (set DATABASE_URL)`;
  if (process.env.CI === 'true') {
    it(`${title} [postgres]: PostgreSQL must be reachable when CI=true`, () => {
      throw new Error(reason);
    });
    return;
  }
  process.stderr.write(`\nNOTICE: ${title} [postgres] not run: ${reason}\n\n`);
}
