/**
 * A private store for one run: a fresh SQLite file in a temporary directory, or a fresh schema on the
 * test PostgreSQL server. It gives the settings that point a service process at it, the configuration
 * to open the same store from the test process, and removes everything afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteReadModelPath } from '@fund-ledger/config';
import { createEventStore, type EventStore, type EventStoreConfig } from '@fund-ledger/event-store';
import {
  dropSchema,
  randomSchemaName,
  TEST_DATABASE_URL,
} from '@fund-ledger/event-store/postgres/testing/postgres-test-database';
import type { ReadModelStoreLocation } from '@fund-ledger/projections';
import { compiledProcessEnvironment } from './service-build';
import { CHILD_SERVICE_JWT_SECRET } from './ledger-client';

export type StoreKind = 'sqlite' | 'postgres';

export interface StoreTarget {
  readonly kind: StoreKind;
  /** The settings a service process needs to use this store (plus the test JWT secret, quiet logs). */
  readonly serviceEnv: Readonly<Record<string, string>>;
  readonly eventStoreConfig: EventStoreConfig;
  /** Where the service keeps its own read models: the same SQLite file or PostgreSQL schema. */
  readonly serviceReadModels: ReadModelStoreLocation;
  /** A second, separate read-model location in the same database, for an independent projector or a rebuild. */
  scratchReadModels(name: string): ReadModelStoreLocation;
  openEventStore(): Promise<EventStore>;
  remove(): Promise<void>;
}

export function createStoreTarget(kind: StoreKind, purpose: string): StoreTarget {
  return kind === 'sqlite' ? sqliteTarget(purpose) : postgresTarget(purpose);
}

const COMMON_SERVICE_ENV = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'warn',
  JWT_SECRET: CHILD_SERVICE_JWT_SECRET,
};

function sqliteTarget(purpose: string): StoreTarget {
  const directory = mkdtempSync(join(tmpdir(), `fund-ledger-${purpose}-`));
  const path = join(directory, 'ledger.sqlite');
  const eventStoreConfig: EventStoreConfig = { kind: 'sqlite', path };
  return {
    kind: 'sqlite',
    serviceEnv: {
      ...compiledProcessEnvironment(),
      ...COMMON_SERVICE_ENV,
      EVENT_STORE: 'sqlite',
      SQLITE_PATH: path,
    },
    eventStoreConfig,
    serviceReadModels: { kind: 'sqlite', path: sqliteReadModelPath(path) },
    scratchReadModels: (name) => ({ kind: 'sqlite', path: join(directory, `${name}.sqlite`) }),
    openEventStore: () => createEventStore(eventStoreConfig),
    remove: async () => rmSync(directory, { recursive: true, force: true }),
  };
}

function postgresTarget(purpose: string): StoreTarget {
  const schema = randomSchemaName(purpose.replace(/[^a-z0-9_]/g, '_'));
  const scratchSchemas = new Set<string>();
  const eventStoreConfig: EventStoreConfig = {
    kind: 'postgres',
    connectionString: TEST_DATABASE_URL,
    schema,
  };
  return {
    kind: 'postgres',
    serviceEnv: {
      ...compiledProcessEnvironment(),
      ...COMMON_SERVICE_ENV,
      EVENT_STORE: 'postgres',
      DATABASE_URL: TEST_DATABASE_URL,
      DATABASE_SCHEMA: schema,
    },
    eventStoreConfig,
    serviceReadModels: { kind: 'postgres', connectionString: TEST_DATABASE_URL, schema },
    scratchReadModels: (name) => {
      const scratchSchema = `${schema}_${name.replace(/[^a-z0-9_]/g, '_')}`;
      scratchSchemas.add(scratchSchema);
      return { kind: 'postgres', connectionString: TEST_DATABASE_URL, schema: scratchSchema };
    },
    openEventStore: () => createEventStore(eventStoreConfig),
    remove: async () => {
      for (const scratchSchema of scratchSchemas) await dropSchema(scratchSchema);
      await dropSchema(schema);
    },
  };
}
