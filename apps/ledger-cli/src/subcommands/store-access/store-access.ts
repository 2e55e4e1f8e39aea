/**
 * Opens the event store the settings name (the same environment variables as the service), and wraps
 * it so that long reads report progress without the reading code knowing about it.
 */
import { existsSync } from 'node:fs';
import { toEventStoreConfig } from '@fund-ledger/config';
import {
  createEventStore,
  type EventStore,
  type EventStoreConfig,
  type ReadAllOptions,
  type RecordedEvent,
} from '@fund-ledger/event-store';
import type { CliContext } from '../../cli-context';
import type { ProgressReporter } from '../output/progress';

/**
 * Runs `work` with the configured store, opened read-only, and closes it afterwards: auditing needs
 * read access only, and leaves the audited file byte for byte as it was (SQLite read-only, or immutable
 * with `SQLITE_IMMUTABLE=true`; PostgreSQL in read-only transactions). A missing SQLite file is refused
 * rather than created: an auditor pointing at the wrong path must not get an empty, "intact" ledger.
 */
export async function withStore<Result>(
  context: CliContext,
  work: (store: EventStore) => Promise<Result>,
): Promise<Result> {
  const settings = context.settings();
  if (settings.eventStore === 'sqlite' && !existsSync(settings.sqlitePath)) {
    throw new Error(`There is no SQLite event store at ${settings.sqlitePath} (set SQLITE_PATH)`);
  }
  const store = await createEventStore(
    readOnlyConfig(toEventStoreConfig(settings), settings.sqliteImmutable),
  );
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

function readOnlyConfig(config: EventStoreConfig, immutable: boolean): EventStoreConfig {
  switch (config.kind) {
    case 'sqlite':
      return { ...config, readOnly: true, immutable };
    case 'postgres':
      return { ...config, readOnly: true };
    case 'eventstoredb':
      return config;
  }
}

/** How often (in events) a reading loop reports progress; reporting itself is throttled further. */
export const PROGRESS_EVERY_EVENTS = 500;

/** Passes the events through, reporting each `PROGRESS_EVERY_EVENTS` events how far the read has come. */
export async function* reportingProgress(
  events: AsyncIterable<RecordedEvent>,
  progress: ProgressReporter,
): AsyncIterable<RecordedEvent> {
  let count = 0;
  let position = 0;
  for await (const event of events) {
    count += 1;
    position = event.position;
    if (count % PROGRESS_EVERY_EVENTS === 0) progress.update(position, count);
    yield event;
  }
  progress.update(position, count);
}

export type ReadingStore = Pick<EventStore, 'readAll' | 'readStream' | 'headPosition'>;

/** The store with `readAll` reporting progress, for library functions that read the log themselves. */
export function withReadProgress(store: ReadingStore, progress: ProgressReporter): ReadingStore {
  return {
    readAll: (options?: ReadAllOptions) => reportingProgress(store.readAll(options), progress),
    readStream: (streamId, options) => store.readStream(streamId, options),
    headPosition: () => store.headPosition(),
  };
}
