/** Goal: the SQLite idempotency store, in the same file as the events, satisfies the store contract. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteIdempotencyStore } from './sqlite-idempotency.store';
import { runIdempotencyStoreContract } from './testing/idempotency-store.contract';

describe('SqliteIdempotencyStore', () => {
  runIdempotencyStoreContract(async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ledger-idempotency-'));
    const store = SqliteIdempotencyStore.open(join(directory, 'nested', 'ledger.sqlite'));
    return {
      store,
      async dispose() {
        await store.close();
        rmSync(directory, { recursive: true, force: true });
      },
    };
  });
});
