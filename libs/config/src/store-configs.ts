import type { EventStoreConfig } from '@fund-ledger/event-store';
import type { Settings } from './settings';

/** Where read models and idempotency records live: always a relational database the service can query. */
export type ReadModelStoreConfig =
  | { readonly kind: 'sqlite'; readonly path: string }
  | { readonly kind: 'postgres'; readonly connectionString: string; readonly schema: string };

export function toEventStoreConfig(settings: Settings): EventStoreConfig {
  switch (settings.eventStore) {
    case 'sqlite':
      return { kind: 'sqlite', path: settings.sqlitePath };
    case 'postgres':
      return {
        kind: 'postgres',
        connectionString: required(settings.databaseUrl, 'DATABASE_URL'),
        schema: settings.databaseSchema,
      };
    case 'eventstoredb':
      return {
        kind: 'eventstoredb',
        connectionString: required(settings.eventStoreDbUrl, 'EVENTSTOREDB_URL'),
      };
  }
}

/**
 * Idempotency records sit in the same database as the events when that database is relational, so a
 * command and the record of its answer share one backup and one failure domain; with EventStoreDB they
 * go where READ_MODEL_STORE says.
 */
export function toIdempotencyStoreConfig(settings: Settings): ReadModelStoreConfig {
  const kind = settings.eventStore === 'eventstoredb' ? settings.readModelStore : settings.eventStore;
  if (kind === 'sqlite') return { kind: 'sqlite', path: settings.sqlitePath };
  return {
    kind: 'postgres',
    connectionString: required(settings.databaseUrl, 'DATABASE_URL'),
    schema: settings.databaseSchema,
  };
}

/**
 * Read models live where the idempotency records do, except that on SQLite they have a file of their
 * own beside the events' file (`sqliteReadModelPath`): they are derived data that can always be rebuilt,
 * and their large documents are written fastest with larger pages than the log's single-event appends
 * want. Deleting that file makes the service rebuild them from the log.
 */
export function toReadModelStoreConfig(settings: Settings): ReadModelStoreConfig {
  const location = toIdempotencyStoreConfig(settings);
  return location.kind === 'sqlite' ? { kind: 'sqlite', path: sqliteReadModelPath(location.path) } : location;
}

const SQLITE_SUFFIX = '.sqlite';

/** The read models' file beside a SQLite events file: `ledger.sqlite` gives `ledger.read-models.sqlite`. */
export function sqliteReadModelPath(eventsPath: string): string {
  const base = eventsPath.endsWith(SQLITE_SUFFIX) ? eventsPath.slice(0, -SQLITE_SUFFIX.length) : eventsPath;
  return `${base}.read-models${SQLITE_SUFFIX}`;
}

function required(value: string | undefined, setting: string): string {
  if (value === undefined) {
    throw new Error(`${setting} is missing although loadSettings accepted the settings`);
  }
  return value;
}
