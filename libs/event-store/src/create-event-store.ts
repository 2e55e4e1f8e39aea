/**
 * Opens the adapter the configuration names. Each adapter module is loaded only when chosen, so a
 * deployment on the embedded SQLite store never loads the PostgreSQL or EventStoreDB clients.
 */
import type { EventStore } from './event-store.port';
import type { EventStoreConfig } from './store-config';

export async function createEventStore(config: EventStoreConfig): Promise<EventStore> {
  switch (config.kind) {
    case 'sqlite': {
      const { openSqliteEventStore } = await import('./sqlite/sqlite-event-store');
      return openSqliteEventStore(config);
    }
    case 'postgres': {
      const { openPostgresEventStore } = await import('./postgres/postgres-event-store');
      return openPostgresEventStore(config);
    }
    case 'eventstoredb': {
      const { openEventStoreDbEventStore } = await import('./eventstoredb/eventstoredb-event-store');
      return openEventStoreDbEventStore(config);
    }
    default:
      return unknownKind(config);
  }
}

function unknownKind(config: never): never {
  throw new Error(`Unknown event store kind: ${String((config as { kind?: unknown }).kind)}`);
}
