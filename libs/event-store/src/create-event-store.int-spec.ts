/**
 * The factory opens the adapter named by the configuration; an unknown kind is refused by name.
 * (The PostgreSQL and EventStoreDB adapters are exercised by their own contract specs.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventStore } from './create-event-store';
import type { EventStoreConfig } from './store-config';

describe('createEventStore', () => {
  it('opens a working SQLite store from a sqlite configuration', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'fund-ledger-factory-'));
    try {
      const store = await createEventStore({ kind: 'sqlite', path: join(directory, 'ledger.sqlite') });
      expect(await store.ping()).toBe(true);
      expect(await store.headPosition()).toBe(0);
      await store.close();
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('refuses an unknown kind with a message naming it', async () => {
    const config = { kind: 'mongodb' } as unknown as EventStoreConfig;
    await expect(createEventStore(config)).rejects.toThrow('Unknown event store kind: mongodb');
  });
});
