/**
 * Runs the shared event store contract on a SQLite file in a fresh temporary directory per test, and
 * checks what only the SQLite adapter promises: its pragmas, its directory creation and its
 * append-only triggers.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UnreadableEventError } from '../errors';
import type { RecordedEvent, Subscription } from '../event-store.port';
import { runEventStoreContract, type ContractHarness } from '../testing/event-store.contract';
import { alterOneDigit } from '../testing/tamper';
import { openSqliteEventStore } from './sqlite-event-store';

function temporaryDirectory(): string {
  return mkdtempSync(join(tmpdir(), 'fund-ledger-sqlite-'));
}

/** Edits the file through a second connection, as someone with access to it could; drops the guards first. */
function editDirectly(path: string, edit: (db: Database.Database) => void): void {
  const db = new Database(path);
  try {
    db.exec('DROP TRIGGER IF EXISTS events_no_update; DROP TRIGGER IF EXISTS events_no_delete;');
    edit(db);
  } finally {
    db.close();
  }
}

async function firstOf(subscription: Subscription): Promise<RecordedEvent[]> {
  for await (const event of subscription) return [event];
  return [];
}

async function openSqliteHarness(): Promise<ContractHarness> {
  const directory = temporaryDirectory();
  const path = join(directory, 'ledger.sqlite');
  const store = openSqliteEventStore({ path, pollIntervalMs: 20 });
  return {
    store,
    config: { kind: 'sqlite', path },
    tamperWithStoredData: async (position) =>
      editDirectly(path, (db) => {
        const { data } = db.prepare('SELECT data FROM events WHERE position = ?').get(position) as {
          data: string;
        };
        db.prepare('UPDATE events SET data = ? WHERE position = ?').run(alterOneDigit(data), position);
      }),
    deleteStoredEvent: async (position) =>
      editDirectly(path, (db) => db.prepare('DELETE FROM events WHERE position = ?').run(position)),
    dispose: async () => {
      await store.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

runEventStoreContract('sqlite', openSqliteHarness);

describe('sqlite event store specifics', () => {
  const metadata = {
    actor: { subject: 'treasurer-1', role: 'treasurer' },
    commandId: 'c',
    correlationId: 'c',
    causationId: 'c',
    recordedAt: '2024-03-01T09:30:00.000Z',
  };
  let directory: string;

  beforeEach(() => {
    directory = temporaryDirectory();
  });

  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('creates missing directories and uses WAL with synchronous=FULL', async () => {
    const path = join(directory, 'nested', 'deeper', 'ledger.sqlite');
    const store = openSqliteEventStore({ path });
    await store.append('fund-1', [{ type: 'FundOpened', data: {}, metadata }], 'no_stream');
    await store.close();
    const db = new Database(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    const reopened = openSqliteEventStore({ path });
    expect(await reopened.headPosition()).toBe(1);
    await reopened.close();
  });

  it('refuses updates and deletes of stored events through SQL', async () => {
    const path = join(directory, 'ledger.sqlite');
    const store = openSqliteEventStore({ path });
    await store.append('fund-1', [{ type: 'FundOpened', data: { amount: '1.00' }, metadata }], 'no_stream');
    const db = new Database(path);
    expect(() => db.prepare("UPDATE events SET data = '{}'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM events').run()).toThrow(/append-only/);
    db.close();
    await store.close();
  });

  it('keeps the JSON text of the data exactly as given, key order included', async () => {
    const path = join(directory, 'ledger.sqlite');
    const store = openSqliteEventStore({ path });
    await store.append(
      'fund-1',
      [{ type: 'Noted', data: { zeta: '1.10', alpha: 'ä' }, metadata }],
      'no_stream',
    );
    await store.close();
    const db = new Database(path);
    expect(db.prepare('SELECT data FROM events').pluck().get()).toBe('{"zeta":"1.10","alpha":"ä"}');
    db.close();
  });

  it('with deferred metadata, delivers an event whose stored metadata is broken and names its position when it is read', async () => {
    const path = join(directory, 'ledger.sqlite');
    const store = openSqliteEventStore({ path });
    await store.append('fund-1', [{ type: 'FundOpened', data: {}, metadata }], 'no_stream');
    editDirectly(path, (db) => db.prepare(`UPDATE events SET metadata = '{"actor":'`).run());
    const deferred = store.subscribeToAll({ deferMetadata: true });
    const [event] = await firstOf(deferred);
    await deferred.close();
    expect(event).toMatchObject({ position: 1, type: 'FundOpened', data: {} });
    expect(() => event?.metadata).toThrow(UnreadableEventError);
    expect(() => event?.metadata).toThrow(/position 1 .*metadata is not valid JSON/);
    const eager = store.subscribeToAll();
    await expect(firstOf(eager)).rejects.toThrow(/position 1 .*metadata is not valid JSON/);
    await eager.close();
    await store.close();
  });

  it('reports a closed store as not reachable and refuses work after close', async () => {
    const store = openSqliteEventStore({ path: join(directory, 'ledger.sqlite') });
    await store.close();
    expect(await store.ping()).toBe(false);
    await expect(store.headPosition()).rejects.toThrow(/closed/);
  });
});
