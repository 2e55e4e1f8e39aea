import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { READ_MODEL_HEALTH } from '../observability/health/read-model-health';
import { ProjectionHealthController } from './projection-health.controller';
import { ProjectionProgress } from './projection-progress';
import { ProjectionRunnerService } from './projection-runner.service';
import { ReadModelStoreCloser, READ_MODEL_STORE, readModelStoreProvider } from './read-model-store.provider';
import { ReadYourWritesInterceptor } from './read-your-writes.interceptor';

/**
 * The projection runner following the log into the read-model store (started with the application,
 * stopped before shutdown), its health, and read-your-writes for commands. Global, so the readiness
 * check finds the read models' health and the read endpoints reach the store and the runner's progress.
 */
@Global()
@Module({
  controllers: [ProjectionHealthController],
  providers: [
    readModelStoreProvider,
    ReadModelStoreCloser,
    ProjectionRunnerService,
    ProjectionProgress,
    { provide: READ_MODEL_HEALTH, useExisting: ProjectionProgress },
    { provide: APP_INTERCEPTOR, useClass: ReadYourWritesInterceptor },
  ],
  exports: [ProjectionProgress, READ_MODEL_HEALTH, READ_MODEL_STORE],
})
export class ProjectionRunnerModule {}
