/**
 * A projector process: the product's projection runner following one event store into one read-model
 * store, until it is killed. Fault runs start it beside the service and kill it with SIGKILL together
 * with the service, to show that read models resumed from their checkpoint after any number of crashes
 * equal read models rebuilt from position 0.
 *
 * Settings (JSON): PROJECTOR_EVENT_STORE (an EventStoreConfig), PROJECTOR_READ_MODELS (a read-model
 * store location). It prints PROJECTOR_READY_LINE once the runner is running.
 */
import { createEventStore, type EventStoreConfig } from '@fund-ledger/event-store';
import {
  createReadModelStore,
  ProjectionRunner,
  type ReadModelStoreLocation,
} from '@fund-ledger/projections';

export const PROJECTOR_READY_LINE = 'projector running';

function readJsonSetting<Value>(name: string): Value {
  const text = process.env[name];
  if (text === undefined) throw new Error(`${name} is not set`);
  return JSON.parse(text) as Value;
}

async function main(): Promise<void> {
  const eventStore = await createEventStore(readJsonSetting<EventStoreConfig>('PROJECTOR_EVENT_STORE'));
  const readModels = await createReadModelStore(
    readJsonSetting<ReadModelStoreLocation>('PROJECTOR_READ_MODELS'),
  );
  const runner = new ProjectionRunner(eventStore, readModels, {
    logger: {
      info: () => undefined,
      warn: (details, message) => process.stderr.write(`${message} ${JSON.stringify(details)}\n`),
      error: (details, message) => process.stderr.write(`${message} ${JSON.stringify(details)}\n`),
    },
  });
  runner.start();
  process.stdout.write(`${PROJECTOR_READY_LINE}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`projector failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
