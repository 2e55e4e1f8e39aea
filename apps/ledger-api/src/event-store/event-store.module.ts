import { Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { toEventStoreConfig, type Settings } from '@fund-ledger/config';
import { createEventStore, EVENT_STORE, type EventStore } from '@fund-ledger/event-store';
import { SETTINGS } from '../config/settings.module';

/**
 * Closes the store last: Nest calls this after `beforeApplicationShutdown`, in which running commands
 * finish their appends, and after the HTTP server stopped taking requests.
 */
@Injectable()
class EventStoreCloser implements OnApplicationShutdown {
  private readonly logger = new Logger('Shutdown');

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(signal?: string): Promise<void> {
    await this.store.close();
    this.logger.log(`Event store closed${signal === undefined ? '' : ` on ${signal}`}`);
  }
}

/** Provides the configured `EventStore` under the port's `EVENT_STORE` token. */
@Global()
@Module({
  providers: [
    {
      provide: EVENT_STORE,
      inject: [SETTINGS],
      useFactory: (settings: Settings): Promise<EventStore> => createEventStore(toEventStoreConfig(settings)),
    },
    EventStoreCloser,
  ],
  exports: [EVENT_STORE],
})
export class EventStoreModule {}
