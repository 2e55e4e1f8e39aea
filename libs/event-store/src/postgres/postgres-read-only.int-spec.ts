/**
 * Goal: auditing PostgreSQL needs only read access. Under a role that may only read, a read-only store
 * opens, reads and verifies the log, checks it for repeated member names (and finds one the `json`
 * column kept as written), and refuses an append itself;
 * the server refuses a write in its read-only transactions even to a role that could write; a sealing
 * lock lets one of two instances seal at a time.
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { ReadOnlyStoreError } from '../errors';
import type { NewEvent } from '../event-store.port';
import { PostgresSealingLock } from './postgres-sealing-lock';
import { verifyChains } from '../verify-chains';
import { openPostgresEventStore } from './postgres-event-store';
import {
  describeWithPostgres,
  dropSchema,
  randomSchemaName,
  TEST_DATABASE_URL,
} from './testing/postgres-test-database';

function event(index: number): NewEvent {
  return {
    type: 'ContributionReceived',
    data: { amount: `${index}.00` },
    metadata: {
      actor: { subject: 's', role: 'treasurer' },
      commandId: `c${index}`,
      correlationId: `c${index}`,
      causationId: `c${index}`,
      recordedAt: '2024-03-01T09:30:00.000Z',
    },
  };
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describeWithPostgres(
  'PostgreSQL auditing with read access only',
  () => {
    const schema = randomSchemaName('readonly');
    const role = `ledger_reader_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    let readerUrl: string;

    beforeAll(async () => {
      const writer = await openPostgresEventStore({
        kind: 'postgres',
        connectionString: TEST_DATABASE_URL,
        schema,
      });
      for (let index = 0; index < 5; index += 1)
        await writer.append(`fund-${index % 2}`, [event(index)], 'any');
      await writer.close();
      await admin(async (client) => {
        await client.query(`CREATE ROLE ${role} LOGIN`);
        await client.query(`GRANT USAGE ON SCHEMA "${schema}" TO ${role}`);
        await client.query(`GRANT SELECT ON ALL TABLES IN SCHEMA "${schema}" TO ${role}`);
      });
      const url = new URL(TEST_DATABASE_URL);
      url.username = role;
      url.password = '';
      readerUrl = url.toString();
    });
    afterAll(async () => {
      await dropSchema(schema);
      await admin((client) => client.query(`DROP ROLE IF EXISTS ${role}`));
    });

    it('reads, verifies and checks the log under a role that may only read, and refuses appends', async () => {
      const store = await openPostgresEventStore({
        kind: 'postgres',
        connectionString: readerUrl,
        schema,
        readOnly: true,
      });
      try {
        const verification = await verifyChains(store.readAll({ rejectDuplicateMemberNames: true }));
        expect(verification).toMatchObject({ ok: true, eventCount: 5, streamCount: 2 });
        await expect(store.append('fund-0', [event(9)], 'any')).rejects.toThrow(ReadOnlyStoreError);
      } finally {
        await store.close();
      }
    });

    it('refuses an event whose stored JSON text names a member twice, which the json column keeps as written', async () => {
      const otherSchema = randomSchemaName('duplicates');
      const writer = await openPostgresEventStore({
        kind: 'postgres',
        connectionString: TEST_DATABASE_URL,
        schema: otherSchema,
      });
      const { events } = await writer.append('fund-0', [event(1)], 'no_stream');
      await writer.close();
      const recorded = events[0]!;
      await admin((client) =>
        client.query(
          `INSERT INTO "${otherSchema}".ledger_events (stream_id, revision, type, data, metadata, prev_hash, hash)
           VALUES ($1, 1, $2, $3::json, $4::json, $5, $6)`,
          [
            'fund-0',
            recorded.type,
            '{"amount":"9999.00","amount":"1.00"}',
            JSON.stringify(recorded.metadata),
            recorded.hash,
            '0'.repeat(64),
          ],
        ),
      );
      const store = await openPostgresEventStore({
        kind: 'postgres',
        connectionString: TEST_DATABASE_URL,
        schema: otherSchema,
        readOnly: true,
      });
      try {
        const verification = await verifyChains(store.readAll({ rejectDuplicateMemberNames: true }));
        expect(verification.firstBreak).toMatchObject({
          kind: 'duplicate_member_name',
          position: 2,
          message:
            'Stored event at position 2 cannot be read: its data names the member "amount" more than once (at $.amount)',
        });
      } finally {
        await store.close();
        await dropSchema(otherSchema);
      }
    });

    it('runs read-only transactions, so even a role that could write writes nothing', async () => {
      const store = await openPostgresEventStore({
        kind: 'postgres',
        connectionString: TEST_DATABASE_URL,
        schema,
        readOnly: true,
      });
      try {
        const pool = (store as unknown as { pool: { query(sql: string): Promise<unknown> } }).pool;
        await expect(pool.query(`CREATE TABLE "${schema}".intruder (x int)`)).rejects.toThrow(
          /read-only transaction/,
        );
      } finally {
        await store.close();
      }
    });

    it('opens no store where there is none, and creates nothing', async () => {
      await expect(
        openPostgresEventStore({
          kind: 'postgres',
          connectionString: readerUrl,
          schema: 'no_ledger_here',
          readOnly: true,
        }),
      ).rejects.toThrow('There is no fund-ledger event store in PostgreSQL schema no_ledger_here');
    });

    it('lets one of two instances hold the sealing lock at a time', async () => {
      const first = new PostgresSealingLock(TEST_DATABASE_URL, schema);
      const second = new PostgresSealingLock(TEST_DATABASE_URL, schema);
      try {
        let inner: { ran: boolean } | undefined;
        const outer = await first.runExclusive(async () => {
          inner = await second.runExclusive(async () => 'second');
          return 'first';
        });
        const after = await second.runExclusive(async () => 'second');
        expect(outer).toEqual({ ran: true, value: 'first' });
        expect(inner).toEqual({ ran: false });
        expect(after).toEqual({ ran: true, value: 'second' });
      } finally {
        await Promise.all([first.close(), second.close()]);
      }
    });
  },
  () => undefined,
);
