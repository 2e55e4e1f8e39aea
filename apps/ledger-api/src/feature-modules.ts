import type { ModuleMetadata } from '@nestjs/common';
import { FundsModule } from './funds/funds.module';
import { LegalTextsModule } from './legal/legal-texts.module';
import { ProjectionRunnerModule } from './projection-runner/projection-runner.module';
import { ReadEndpointsModule } from './read-endpoints/read-endpoints.module';
import { ReportsModule } from './reports/reports.module';
import { SealsModule } from './seals/seals.module';
import { WebAppModule } from './web-app/web-app.module';

/**
 * The modules of the use cases, mounted by `AppModule` beside the platform (settings, stores, auth,
 * idempotency, errors, operations). A new group of use cases adds its module here; the platform
 * around it needs no change.
 */
export const FEATURE_MODULES: NonNullable<ModuleMetadata['imports']> = [
  FundsModule,
  ProjectionRunnerModule,
  ReadEndpointsModule,
  ReportsModule,
  LegalTextsModule,
  SealsModule,
  WebAppModule,
];
