/**
 * Goal: prove that a reader of the PostgreSQL global log never skips or repeats an event, even when
 * writers commit out of order. Sequence values are handed out before commit, so without the append
 * lock a reader could pass a position whose transaction commits later. Here several stores append
 * concurrently while raw transactions call the append function, hold it open for a while and then
 * commit or roll back; a subscription and a polling reader must each see every committed event exactly
 * once, in ascending position order.
 */
import { Client } from 'pg';
import type { EventStore, NewEvent } from '../event-store.port';
import { chainEvents } from '../hash-chain';
import { appendParameters, openPostgresEventStore } from './postgres-event-store';
import { postgresLayout } from '../storage/postgres-layout';
import {
  describeWithPostgres,
  dropSchema,
  randomSchemaName,
  TEST_DATABASE_URL,
} from './testing/postgres-test-database';

const PORT_WRITERS = 4;
const APPENDS_PER_PORT_WRITER = 30;
const SLOW_WRITERS = 3;
const TRANSACTIONS_PER_SLOW_WRITER = 8;
/** Writers released at once by one commit: each loses the stream to every one that gets in before it. */
const CONVOY_WRITERS = 16;

function newEvent(writer: string, sequence: number): NewEvent {
  return {
    type: 'ContributionRecorded',
    data: { writer, sequence, amount: '10.00' },
    metadata: {
      actor: { subject: writer, role: 'treasurer' },
      commandId: `${writer}-${sequence}`,
      correlationId: `${writer}-${sequence}`,
      causationId: `${writer}-${sequence}`,
      recordedAt: '2024-05-01T10:00:00.000Z',
    },
  };
}

const pause = (milliseconds: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Appends through the port: a private stream per writer plus a shared stream everyone appends to with `'any'`. */
async function runPortWriter(store: EventStore, writer: string): Promise<number> {
  for (let sequence = 0; sequence < APPENDS_PER_PORT_WRITER; sequence += 1) {
    const streamId = sequence % 3 === 0 ? 'fund-shared' : `fund-${writer}`;
    await store.append(streamId, [newEvent(writer, sequence)], 'any');
  }
  return APPENDS_PER_PORT_WRITER;
}

/**
 * Calls the append function inside an explicit transaction, keeps it open after the positions were
 * assigned, then commits or rolls back. Returns how many events it committed.
 */
async function runSlowWriter(schema: string, writer: string): Promise<number> {
  const layout = postgresLayout(schema);
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  let committed = 0;
  try {
    for (let transaction = 0; transaction < TRANSACTIONS_PER_SLOW_WRITER; transaction += 1) {
      const streamId = `slow-${writer}-${transaction}`;
      const chained = chainEvents(streamId, null, [newEvent(writer, 0), newEvent(writer, 1)]);
      await client.query('BEGIN');
      await client.query(
        `SELECT * FROM ${layout.appendFunction}($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        appendParameters(streamId, null, chained),
      );
      await pause(5 + ((transaction * 7) % 20));
      const rollBack = transaction % 4 === 3;
      await client.query(rollBack ? 'ROLLBACK' : 'COMMIT');
      if (!rollBack) committed += chained.length;
    }
  } finally {
    await client.end();
  }
  return committed;
}

/** Reads the log repeatedly from the last position seen, the way a naive tailing reader would. */
async function tailByPolling(store: EventStore, isDone: () => boolean): Promise<number[]> {
  const seen: number[] = [];
  let finalPass = false;
  while (!finalPass) {
    finalPass = isDone();
    for await (const event of store.readAll({ afterPosition: seen[seen.length - 1] ?? 0, batchSize: 7 })) {
      seen.push(event.position);
    }
    await pause(2);
  }
  return seen;
}

function expectStrictlyAscending(positions: readonly number[]): void {
  positions.forEach((position, index) => {
    if (index > 0) expect(position).toBeGreaterThan(positions[index - 1] ?? 0);
  });
}

describeWithPostgres(
  'PostgreSQL global order under concurrent writers',
  () => {
    const schema = randomSchemaName('global_order');
    const config = { kind: 'postgres' as const, connectionString: TEST_DATABASE_URL, schema };
    let reader: EventStore;
    const writers: EventStore[] = [];

    beforeAll(async () => {
      reader = await openPostgresEventStore(config, { pollIntervalMs: 50 });
      for (let index = 0; index < PORT_WRITERS; index += 1) {
        writers.push(await openPostgresEventStore(config, { poolSize: 2 }));
      }
    });

    afterAll(async () => {
      await Promise.all([reader, ...writers].map((store) => store?.close()));
      await dropSchema(schema);
    });

    test('a subscription and a polling reader see every committed event once, in ascending order', async () => {
      const delivered: number[] = [];
      let stopAt = Number.POSITIVE_INFINITY;
      const subscription = reader.subscribeToAll();
      const subscribed = (async () => {
        for await (const event of subscription) {
          delivered.push(event.position);
          if (event.position >= stopAt) break;
        }
      })();
      let writing = true;
      const polled = tailByPolling(reader, () => !writing);

      const counts = await Promise.all([
        ...writers.map((store, index) => runPortWriter(store, `port${index}`)),
        ...Array.from({ length: SLOW_WRITERS }, (_, index) => runSlowWriter(schema, `slow${index}`)),
      ]);
      writing = false;
      stopAt = await reader.headPosition();
      if ((delivered[delivered.length - 1] ?? 0) >= stopAt) await subscription.close();
      await subscribed;

      const committed: number[] = [];
      for await (const event of reader.readAll()) committed.push(event.position);
      const expectedCount = counts.reduce((sum, count) => sum + count, 0);

      expect(committed).toHaveLength(expectedCount);
      expectStrictlyAscending(committed);
      expect(delivered).toEqual(committed);
      expect(await polled).toEqual(committed);
    });

    test('a writer that comes after an uncommitted position waits until that position is committed', async () => {
      const layout = postgresLayout(schema);
      const slow = new Client({ connectionString: TEST_DATABASE_URL });
      await slow.connect();
      try {
        const chained = chainEvents('held-open', null, [newEvent('held', 0)]);
        await slow.query('BEGIN');
        const { rows } = await slow.query<{ positions: string[] }>(
          `SELECT positions FROM ${layout.appendFunction}($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          appendParameters('held-open', null, chained),
        );
        const heldPosition = Number(rows[0]?.positions[0]);
        const later = writers[0]!.append('after-held', [newEvent('later', 0)], 'no_stream');
        await waitUntilAnAppendWaitsForTheLock(slow, layout.appendLockKeys);
        const headWhileHeld = await reader.headPosition();
        await slow.query('COMMIT');
        const laterResult = await later;

        expect(headWhileHeld).toBeLessThan(heldPosition);
        expect(laterResult.lastPosition).toBeGreaterThan(heldPosition);
      } finally {
        await slow.end();
      }
    });

    test("appends with 'any' all succeed when many writers queue for one stream behind a held append", async () => {
      const layout = postgresLayout(schema);
      const convoy = await Promise.all(
        Array.from({ length: CONVOY_WRITERS }, () => openPostgresEventStore(config, { poolSize: 1 })),
      );
      const holder = new Client({ connectionString: TEST_DATABASE_URL });
      await holder.connect();
      try {
        await holder.query('BEGIN');
        await holder.query(
          `SELECT * FROM ${layout.appendFunction}($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          appendParameters('fund-convoy', null, chainEvents('fund-convoy', null, [newEvent('holder', 0)])),
        );
        const appends = convoy.map((store, index) =>
          store.append('fund-convoy', [newEvent(`convoy${index}`, 0)], 'any'),
        );
        await waitUntilSessionsWaitForLocks(holder, CONVOY_WRITERS);
        await holder.query('COMMIT');
        const results = await Promise.allSettled(appends);

        expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
        const revisions: number[] = [];
        for await (const event of reader.readStream('fund-convoy')) revisions.push(event.revision);
        expect(revisions).toEqual(Array.from({ length: CONVOY_WRITERS + 1 }, (_, revision) => revision));
      } finally {
        await holder.end();
        await Promise.all(convoy.map((store) => store.close()));
      }
    }, 30_000);
  },
  () => {
    test('the layout of a schema can be computed without a server', () => {
      expect(postgresLayout('ledger').eventsTable).toBe('"ledger".ledger_events');
    });
  },
);

/** Polls pg_locks until another session waits for this schema's append lock; bounded. */
async function waitUntilAnAppendWaitsForTheLock(
  client: Client,
  keys: readonly [number, number],
): Promise<void> {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    const { rows } = await client.query<{ waiting: string }>(
      `SELECT count(*) AS waiting FROM pg_locks
        WHERE locktype = 'advisory' AND classid = $1 AND objid = $2 AND objsubid = 2 AND NOT granted`,
      [keys[0], keys[1]],
    );
    if (Number(rows[0]?.waiting) > 0) return;
    await pause(10);
  }
  throw new Error('No append started waiting for the append lock');
}

/** Polls until `count` sessions of this database wait for a lock (here: the held stream head); bounded. */
async function waitUntilSessionsWaitForLocks(client: Client, count: number): Promise<void> {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    const { rows } = await client.query<{ waiting: string }>(
      `SELECT count(*) AS waiting FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (Number(rows[0]?.waiting) >= count) return;
    await pause(10);
  }
  throw new Error(`Fewer than ${count} appends started waiting for the held stream`);
}
