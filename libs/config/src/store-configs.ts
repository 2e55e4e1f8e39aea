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
 * Read models and idempotency records sit in the same database as the events when that database is
 * relational, so a command and its records share one backup and one failure domain; with EventStoreDB
 * they go where READ_MODEL_STORE says.
 */
export function toReadModelStoreConfig(settings: Settings): ReadModelStoreConfig {
  const kind = settings.eventStore === 'eventstoredb' ? settings.readModelStore : settings.eventStore;
  if (kind === 'sqlite') return { kind: 'sqlite', path: settings.sqlitePath };
  return {
    kind: 'postgres',
    connectionString: required(settings.databaseUrl, 'DATABASE_URL'),
    schema: settings.databaseSchema,
  };
}

function required(value: string | undefined, setting: string): string {
  if (value === undefined) {
    throw new Error(`${setting} is missing although loadSettings accepted the settings`);
  }
  return value;
}
