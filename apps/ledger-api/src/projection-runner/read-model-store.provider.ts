import { Inject, Injectable, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { toReadModelStoreConfig, type Settings } from '@fund-ledger/config';
import { createReadModelStore, type ReadModelStore } from '@fund-ledger/projections';
import { SETTINGS } from '../config/settings.module';

/** Injection token for the store of the read models (fund summaries, application views, checkpoint). */
export const READ_MODEL_STORE = Symbol('READ_MODEL_STORE');

/**
 * The read models live in the database of the events (the SQLite file or the PostgreSQL schema); with
 * EventStoreDB they go where READ_MODEL_STORE says.
 */
export const readModelStoreProvider: Provider = {
  provide: READ_MODEL_STORE,
  inject: [SETTINGS],
  useFactory: (settings: Settings): Promise<ReadModelStore> =>
    createReadModelStore(toReadModelStoreConfig(settings)),
};

/** Closes the read-model store after the runner has stopped (which happens before application shutdown). */
@Injectable()
export class ReadModelStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.readModels.close();
  }
}
