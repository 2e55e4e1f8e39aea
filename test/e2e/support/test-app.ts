import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ModuleMetadata } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@fund-ledger/event-store';
import {
  dropSchema,
  randomSchemaName,
  TEST_DATABASE_URL,
} from '@fund-ledger/event-store/postgres/testing/postgres-test-database';
import type { Clock } from '../../../apps/ledger-api/src/common/clock';
import { createApp } from '../../../apps/ledger-api/src/create-app';
import type { TestStoreKind } from './stores';
import { TEST_JWT_SECRET } from './tokens';

export interface TestAppOptions {
  /** Where the events live: a fresh temporary SQLite file (default) or a fresh PostgreSQL schema. */
  readonly store?: TestStoreKind;
  /** Settings on top of the test defaults, e.g. `{ COMMAND_RETRY_LIMIT: '0' }`. */
  readonly env?: Readonly<Record<string, string>>;
  /** A fixed clock, so that `recordedAt` and `issuedAt` are predictable. */
  readonly clock?: Clock;
  /** Test-only modules mounted beside the product's, e.g. a probe controller. */
  readonly imports?: ModuleMetadata['imports'];
}

export interface TestApp {
  readonly app: NestExpressApplication;
  /** A supertest client bound to the running service: `testApp.http().get('/health')`. */
  http(): ReturnType<typeof request>;
  /** The service's own event store, to check what a request appended. */
  readonly eventStore: EventStore;
  /** The environment the service was started with. */
  readonly env: Readonly<Record<string, string>>;
  /** Stops the service and deletes its store (the temporary directory or the schema). */
  close(): Promise<void>;
}

/**
 * Starts the real service (the same `createApp` as production: middleware, filters, guards, pipes)
 * on a private store, with LOG_LEVEL=silent and the HS256 secret `TEST_JWT_SECRET`. Each call gets its
 * own temporary directory or PostgreSQL schema, so test files can run in parallel.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const directory = mkdtempSync(join(tmpdir(), 'ledger-e2e-'));
  const schema = options.store === 'postgres' ? randomSchemaName('e2e') : undefined;
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    JWT_SECRET: TEST_JWT_SECRET,
    SQLITE_PATH: join(directory, 'ledger.sqlite'),
    ...(schema !== undefined
      ? { EVENT_STORE: 'postgres', DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema }
      : {}),
    ...options.env,
  };
  const removeStore = async () => {
    rmSync(directory, { recursive: true, force: true });
    if (schema !== undefined) await dropSchema(schema);
  };
  let app: NestExpressApplication;
  try {
    app = await createApp({ env, clock: options.clock, imports: options.imports });
    await app.init();
  } catch (error) {
    await removeStore();
    throw error;
  }
  return {
    app,
    env,
    eventStore: app.get<EventStore>(EVENT_STORE),
    http: () => request(app.getHttpServer()),
    async close() {
      await app.close();
      await removeStore();
    },
  };
}

/** Every event of a stream, in order (Node 20 has no `Array.fromAsync`). */
export async function streamEvents(eventStore: EventStore, streamId: string): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of eventStore.readStream(streamId)) events.push(event);
  return events;
}
