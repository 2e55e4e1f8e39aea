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

/** What a test of a store whose server connections end gets: the store's schema and a way to end them. */
export interface SeverableSessions {
  readonly schema: string;
  /** The application name every session of the store under test carries. */
  readonly applicationName: string;
  /** A separate connection the store under test knows nothing of. */
  readonly admin: Client;
  /** Ends every session of the store under test, as a server restart would; returns how many. */
  sever(): Promise<number>;
}

/**
 * Opens a store in a fresh schema on sessions with an application name of their own, runs `body`
 * beside an admin connection that can end exactly those sessions, then closes everything and drops
 * the schema.
 */
export async function withSeverableStore<Store extends { close(): Promise<void> }>(
  purpose: string,
  open: (connectionString: string, schema: string) => Promise<Store>,
  body: (store: Store, sessions: SeverableSessions) => Promise<void>,
): Promise<void> {
  const schema = randomSchemaName(purpose);
  const applicationName = `${schema}-severed`;
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('application_name', applicationName);
  const store = await open(url.toString(), schema);
  const admin = new Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  const sever = async (): Promise<number> => {
    const ended = await admin.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
      [applicationName],
    );
    return ended.rowCount ?? 0;
  };
  try {
    await body(store, { schema, applicationName, admin, sever });
  } finally {
    await admin.end();
    await store.close();
    await dropSchema(schema);
  }
}
