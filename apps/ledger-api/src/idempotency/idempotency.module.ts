import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { toIdempotencyStoreConfig, type Settings } from '@fund-ledger/config';
import { EVENT_STORE } from '@fund-ledger/event-store';
import { SETTINGS } from '../config/settings.module';
import { createIdempotencyStore } from './create-idempotency-store';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IDEMPOTENCY_STORE, type IdempotencyStore } from './idempotency-store.port';

@Injectable()
class IdempotencyStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(IDEMPOTENCY_STORE) private readonly store: IdempotencyStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/** Opens the idempotency records beside the read models and makes every POST idempotent. */
@Global()
@Module({
  providers: [
    {
      provide: IDEMPOTENCY_STORE,
      // Opened after the event store, which creates the schema both share on PostgreSQL: creating the
      // same schema from two connections at once fails in one of them.
      inject: [SETTINGS, EVENT_STORE],
      useFactory: (settings: Settings) => createIdempotencyStore(toIdempotencyStoreConfig(settings)),
    },
    IdempotencyStoreCloser,
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
  ],
  exports: [IDEMPOTENCY_STORE],
})
export class IdempotencyModule {}
