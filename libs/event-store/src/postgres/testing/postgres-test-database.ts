import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * Helpers for tests and benchmarks that need a real PostgreSQL server: where to find it, whether it
 * answers, and a private schema per test file so files can run in parallel.
 */

export const TEST_DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const CONNECT_TIMEOUT_MS = 3_000;

/**
 * Whether the server answers, decided synchronously (in a child process) because a test file must know
 * while it registers its tests whether it can run them.
 */
export function isPostgresReachable(connectionString = TEST_DATABASE_URL): boolean {
  const probe = `
    const { Client } = require(${JSON.stringify(require.resolve('pg'))});
    const client = new Client({ connectionString: process.env.PROBE_URL, connectionTimeoutMillis: ${CONNECT_TIMEOUT_MS} });
    client.connect().then(() => client.query('SELECT 1')).then(() => client.end()).then(
      () => process.exit(0),
      () => process.exit(1),
    );`;
  try {
    execFileSync(process.execPath, ['-e', probe], {
      env: { ...process.env, PROBE_URL: connectionString },
      stdio: 'ignore',
      timeout: CONNECT_TIMEOUT_MS * 2,
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * What a test file does when the server is missing: under CI that is a failure (the suite must really
 * exercise PostgreSQL); on a developer machine it prints a visible notice and runs only `fallbackTest`.
 */
export function describeWithPostgres(title: string, body: () => void, fallbackTest: () => void): void {
  if (isPostgresReachable()) {
    describe(title, body);
    return;
  }
  const reason = `PostgreSQL is not reachable at ${TEST_DATABASE_URL} (set DATABASE_URL)`;
  if (process.env.CI === 'true') {
    test(`${title}: PostgreSQL must be reachable when CI=true`, () => {
      throw new Error(reason);
    });
    return;
  }
  process.stderr.write(`\nNOTICE: ${title} not run: ${reason}\n\n`);
  fallbackTest();
}

/** A schema name no other test run will pick. */
export function randomSchemaName(purpose: string): string {
  return `test_${purpose}_${randomBytes(6).toString('hex')}`;
}

export async function dropSchema(schema: string, connectionString = TEST_DATABASE_URL): Promise<void> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
