import { type DynamicModule, Module, type ModuleMetadata, type Provider } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { AuthModule } from './auth/auth.module';
import type { Clock } from './common/clock';
import { ClockModule } from './common/clock.module';
import { ProblemDetailsFilter } from './common/problems/problem-details.filter';
import { StrictValidationPipe } from './common/validation/strict-validation.pipe';
import { CommandPathModule } from './command-path/command-path.module';
import { SettingsModule } from './config/settings.module';
import { EventStoreModule } from './event-store/event-store.module';
import { FEATURE_MODULES } from './feature-modules';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { ObservabilityModule } from './observability/observability.module';

export interface AppModuleOptions {
  /** Replaces the process environment as the source of settings (tests start services side by side). */
  readonly env?: NodeJS.ProcessEnv;
  /** Replaces the system clock (tests fix the time). */
  readonly clock?: Clock;
  /** Extra modules, e.g. a test-only controller; the product passes none. */
  readonly imports?: ModuleMetadata['imports'];
}

const GLOBAL_EDGE_PROVIDERS: Provider[] = [
  { provide: APP_FILTER, useClass: ProblemDetailsFilter },
  { provide: APP_PIPE, useClass: StrictValidationPipe },
];

/**
 * The service's root module: settings first (a bad setting stops start-up here), then the stores,
 * the edge (authentication, idempotency, validation, problem details), operations, and the feature
 * modules that hold the fund use cases.
 */
@Module({})
export class AppModule {
  static register(options: AppModuleOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        SettingsModule.forRoot(options.env),
        ClockModule.forRoot(options.clock),
        CqrsModule.forRoot(),
        ObservabilityModule,
        EventStoreModule,
        IdempotencyModule,
        AuthModule,
        CommandPathModule,
        ...FEATURE_MODULES,
        ...(options.imports ?? []),
      ],
      providers: GLOBAL_EDGE_PROVIDERS,
    };
  }
}
