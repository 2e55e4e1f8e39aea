/**
 * Goal: the PostgreSQL read-model store stores each document as the exact text JSON.stringify gives
 * (the runner's fold is checked byte for byte against that text), whatever characters its strings hold;
 * and it keeps its process alive when the server ends a connection in the middle of one of its
 * transactions (as a PostgreSQL restart does), and answers again afterwards.
 */
import { Client } from 'pg';
import {
  describeWithPostgres,
  dropSchema,
  randomSchemaName,
  TEST_DATABASE_URL,
  withSeverableStore,
} from '@fund-ledger/event-store/postgres/testing/postgres-test-database';
import { PROJECTION_VERSION } from '../fund-projection';
import { seededChoices } from '../testing/choices';
import { foldProjection, requireSummary } from '../testing/fold';
import { generateFundEvents } from '../testing/fund-history.generator';
import { recordEvents } from '../testing/recorded-events';
import { openPostgresReadModelStore } from './postgres-read-model-store';

/** Quotes, backslashes, escapes JSON must write, line separators, NUL, and characters beyond ASCII. */
const AWKWARD_TEXT = 'Café "Klavier" \\ Hof\n\t\u0000\u2028 Verfügungsfonds 🎹 </script>';

async function storedTexts(schema: string): Promise<string[]> {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ document: string }>(
      `SELECT document FROM "${schema}".projection_fund_summaries
       UNION ALL SELECT document FROM (SELECT document FROM "${schema}".projection_fund_applications
       ORDER BY application_id) AS applications`,
    );
    return rows.map((row) => row.document);
  } finally {
    await client.end();
  }
}

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
  'PostgresReadModelStore documents',
  () => {
    it('stores every document as the exact text JSON.stringify gives and reads it back equal', async () => {
      const schema = randomSchemaName('read_model_text');
      const store = await openPostgresReadModelStore({ connectionString: TEST_DATABASE_URL, schema });
      try {
        const projection = foldProjection(recordEvents(generateFundEvents('north', seededChoices(4), 120)));
        const summary = { ...requireSummary(projection), name: AWKWARD_TEXT };
        const applications = [...projection.applications.values()]
          .map((view) => ({ ...view, title: summary.name }))
          .sort((a, b) => (a.applicationId < b.applicationId ? -1 : 1));
        expect(applications.length).toBeGreaterThan(1);
        const { generation } = await store.startRebuild(PROJECTION_VERSION);
        const written = { generation, position: 120, summaries: [summary], applications };

        expect(await store.write(written)).toBe('written');
        expect(await storedTexts(schema)).toEqual(
          [summary, ...applications].map((doc) => JSON.stringify(doc)),
        );
        expect(await store.readFund('north', { withApplications: true })).toMatchObject({
          summary,
          applications: expect.arrayContaining(applications),
        });
      } finally {
        await store.close();
        await dropSchema(schema);
      }
    });
  },
  () => {
    it('is not run without PostgreSQL', () => undefined);
  },
);

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
