import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import type { Settings } from '@fund-ledger/config';
import { SETTINGS } from '../config/settings.module';
import { HealthController } from './health/health.controller';
import { ReadinessIndicators } from './health/readiness.indicators';
import { createHttpLogger, createRootLogger } from './logging';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';

export const ROOT_LOGGER = Symbol('ROOT_LOGGER');
export const HTTP_LOGGER = Symbol('HTTP_LOGGER');

@Global()
@Module({
  providers: [
    {
      provide: ROOT_LOGGER,
      inject: [SETTINGS],
      useFactory: (settings: Settings) => createRootLogger(settings),
    },
    { provide: HTTP_LOGGER, inject: [ROOT_LOGGER], useFactory: (logger: Logger) => createHttpLogger(logger) },
  ],
  exports: [ROOT_LOGGER, HTTP_LOGGER],
})
class LoggersModule {}

/**
 * Logs, metrics and health. The request logger is mounted first of all middleware (see `configureApp`)
 * so that even requests refused by the body parser are logged with their correlation id; nestjs-pino
 * then reuses it (`useExisting`) to give Nest's own logging the request's context.
 */
@Global()
@Module({
  imports: [
    LoggersModule,
    LoggerModule.forRootAsync({
      inject: [ROOT_LOGGER],
      useFactory: (logger: Logger) => ({ pinoHttp: { logger }, useExisting: true }),
    }),
    TerminusModule.forRoot({ errorLogStyle: 'json' }),
  ],
  controllers: [HealthController, MetricsController],
  providers: [MetricsService, ReadinessIndicators],
  exports: [MetricsService, LoggersModule],
})
export class ObservabilityModule {}
