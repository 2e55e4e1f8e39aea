import type { ReadModelStoreConfig } from '@fund-ledger/config';
import type { IdempotencyStore } from './idempotency-store.port';

/** Opens the idempotency records beside the read models; each adapter's driver is loaded only when chosen. */
export async function createIdempotencyStore(config: ReadModelStoreConfig): Promise<IdempotencyStore> {
  if (config.kind === 'sqlite') {
    const { SqliteIdempotencyStore } = await import('./sqlite-idempotency.store');
    return SqliteIdempotencyStore.open(config.path);
  }
  const { PostgresIdempotencyStore } = await import('./postgres-idempotency.store');
  return PostgresIdempotencyStore.open(config.connectionString, config.schema);
}
