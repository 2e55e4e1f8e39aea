import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Logger } from 'pino';
import { EVENT_STORE, type EventStore } from '@fund-ledger/event-store';
import { ProjectionRunner, type ReadModelStore } from '@fund-ledger/projections';
import { MetricsService } from '../observability/metrics.service';
import { ROOT_LOGGER } from '../observability/observability.module';
import { READ_MODEL_STORE } from './read-model-store.provider';

/** The name of the projection in metrics and logs. */
export const FUND_PROJECTION = 'funds';
/** How often the lag metric is refreshed while nothing else happens (appends by other instances, a stalled runner). */
const LAG_REFRESH_MS = 5000;

/**
 * Runs the projection runner inside the service: it starts following the log once the application has
 * started (from the stored checkpoint, or from position 0 when the read models are missing or were
 * built by another version), keeps the projection lag metric current, and stops before shutdown so the
 * documents folded so far are stored.
 */
@Injectable()
export class ProjectionRunnerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly runner: ProjectionRunner;
  private lagTimer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_STORE) readModels: ReadModelStore,
    @Inject(ROOT_LOGGER) logger: Logger,
    private readonly metrics: MetricsService,
  ) {
    this.runner = new ProjectionRunner(store, readModels, {
      logger: logger.child({ component: 'projections', projection: FUND_PROJECTION }),
    });
    this.runner.onProgress(() => void this.refreshLag());
  }

  onApplicationBootstrap(): void {
    this.runner.start();
    this.lagTimer = setInterval(() => void this.refreshLag(), LAG_REFRESH_MS);
    this.lagTimer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.lagTimer !== null) clearInterval(this.lagTimer);
    await this.runner.stop();
  }

  /** Positions between the head of the log and the stored read models; a failed store leaves the last figure. */
  private async refreshLag(): Promise<void> {
    try {
      const head = await this.store.headPosition();
      this.metrics.setProjectionLag(FUND_PROJECTION, Math.max(0, head - this.runner.storedPosition));
    } catch {
      // The readiness check reports an unreachable store; the metric keeps its last value meanwhile.
    }
  }
}
