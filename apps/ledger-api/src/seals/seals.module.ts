import { Module } from '@nestjs/common';
import type { Logger } from 'pino';
import type { Settings } from '@fund-ledger/config';
import { EVENT_STORE, type EventStore } from '@fund-ledger/event-store';
import { SETTINGS } from '../config/settings.module';
import { ROOT_LOGGER } from '../observability/observability.module';
import { SealStatusHandler } from './seal-status/seal-status.handler';
import { SealStatusHttpController } from './seal-status/seal-status.http.controller';
import { createSealing, SEALING } from './sealing/sealing';
import { SealingService } from './sealing/sealing.service';

/**
 * The log's seals: the sealer that signs checkpoints in the background (when a signing key is
 * configured) and the seal status for auditors. ADR 0035.
 */
@Module({
  controllers: [SealStatusHttpController],
  providers: [
    {
      provide: SEALING,
      inject: [SETTINGS, EVENT_STORE, ROOT_LOGGER],
      useFactory: (settings: Settings, store: EventStore, logger: Logger) =>
        createSealing(settings, store, logger),
    },
    SealingService,
    SealStatusHandler,
  ],
})
export class SealsModule {}
