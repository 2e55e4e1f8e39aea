import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { toIdempotencyStoreConfig, type Settings } from '@fund-ledger/config';
import { EVENT_STORE } from '@fund-ledger/event-store';
import { SETTINGS } from '../config/settings.module';
import { createIdempotencyStore } from './create-idempotency-store';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IdempotencyRetention } from './idempotency-retention';
import { IDEMPOTENCY_STORE } from './idempotency-store.port';

/**
 * Opens the idempotency records beside the read models, makes every POST idempotent, and purges the
 * records of requests that completed longer ago than IDEMPOTENCY_RETENTION_HOURS.
 */
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
    IdempotencyRetention,
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
  ],
  exports: [IDEMPOTENCY_STORE],
})
export class IdempotencyModule {}
