/** Opens the read-model store the configuration names; the PostgreSQL client is loaded only when chosen. */
import type { ReadModelStore } from './read-model-store.port';

export type ReadModelStoreLocation =
  | { readonly kind: 'sqlite'; readonly path: string }
  | { readonly kind: 'postgres'; readonly connectionString: string; readonly schema?: string };

export async function createReadModelStore(location: ReadModelStoreLocation): Promise<ReadModelStore> {
  if (location.kind === 'sqlite') {
    const { openSqliteReadModelStore } = await import('./sqlite-read-model-store');
    return openSqliteReadModelStore(location.path);
  }
  const { openPostgresReadModelStore } = await import('./postgres-read-model-store');
  return openPostgresReadModelStore(location);
}
