/**
 * Goal: the SQLite read models get a file of their own laid out for documents (16 KiB pages, WAL,
 * `synchronous=NORMAL`), and a file that already exists keeps the pages it was created with.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteReadModelStore } from './sqlite-read-model-store';

describe('SQLite read-model store file', () => {
  let directory: string;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'sqlite-read-models-'));
  });

  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  function pragmasOf(path: string): { pageSize: unknown; journalMode: unknown } {
    const db = new Database(path, { readonly: true });
    try {
      return {
        pageSize: db.pragma('page_size', { simple: true }),
        journalMode: db.pragma('journal_mode', { simple: true }),
      };
    } finally {
      db.close();
    }
  }

  it('creates a new file with 16 KiB pages in WAL mode', async () => {
    const path = join(directory, 'nested', 'ledger.read-models.sqlite');
    const store = openSqliteReadModelStore(path);
    await store.startRebuild(1);
    await store.close();
    expect(pragmasOf(path)).toEqual({ pageSize: 16_384, journalMode: 'wal' });
  });

  it('keeps the pages of a file created before, and its documents', async () => {
    const path = join(directory, 'ledger.sqlite');
    const existing = new Database(path);
    existing.exec('CREATE TABLE events (position INTEGER PRIMARY KEY)');
    existing.close();
    const store = openSqliteReadModelStore(path);
    const checkpoint = await store.startRebuild(1);
    await store.close();
    expect(pragmasOf(path).pageSize).toBe(4096);
    const reopened = openSqliteReadModelStore(path);
    expect(await reopened.readCheckpoint()).toEqual(checkpoint);
    await reopened.close();
  });
});
