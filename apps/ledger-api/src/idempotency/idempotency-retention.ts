import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Settings } from '@fund-ledger/config';
import { CLOCK, type Clock } from '../common/clock';
import { SETTINGS } from '../config/settings.module';
import { IDEMPOTENCY_STORE, type IdempotencyStore } from './idempotency-store.port';

/** How often records older than the retention are looked for. */
export const PURGE_INTERVAL_MS = 60 * 60 * 1000;
const MS_PER_HOUR = 60 * 60 * 1000;

/**
 * Keeps the idempotency records from growing without bound: when the service starts and every hour,
 * it forgets the records of requests that completed more than IDEMPOTENCY_RETENTION_HOURS ago. A retry
 * after that is no longer replayed but runs again, and the fund, which knows the command id derived
 * from the key, appends nothing. At shutdown it closes the store once a purge under way has ended.
 */
@Injectable()
export class IdempotencyRetention implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Idempotency');
  private readonly retentionMs: number;
  private timer: NodeJS.Timeout | null = null;
  private purging: Promise<void> | null = null;

  constructor(
    @Inject(IDEMPOTENCY_STORE) private readonly store: IdempotencyStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SETTINGS) settings: Settings,
  ) {
    this.retentionMs = settings.idempotencyRetentionHours * MS_PER_HOUR;
  }

  onApplicationBootstrap(): void {
    void this.purge();
    this.timer = setInterval(() => void this.purge(), PURGE_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    await this.purging;
    await this.store.close();
  }

  /** Purges once; while a purge is under way, a second call waits for it instead of starting another. */
  purge(): Promise<void> {
    this.purging ??= this.purgeExpired().finally(() => {
      this.purging = null;
    });
    return this.purging;
  }

  /** A failure is logged, never thrown: the records are only kept longer, and the next hour tries again. */
  private async purgeExpired(): Promise<void> {
    const cutoff = new Date(this.clock.now().getTime() - this.retentionMs);
    try {
      const purged = await this.store.purgeCompletedBefore(cutoff);
      if (purged > 0) {
        this.logger.log({ purged, completedBefore: cutoff.toISOString() }, 'Purged idempotency records');
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'Could not purge idempotency records; the next purge tries again');
    }
  }
}
