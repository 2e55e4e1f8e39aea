import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { ROOT_LOGGER } from '../../observability/observability.module';
import { SEALING, type Sealing } from './sealing';

/** How often the sealer looks for new events; a seal is made only when one is due. */
export const SEALING_ROUND_INTERVAL_MS = 5_000;

/**
 * Runs the sealer's rounds in the background while the service runs. A round that fails (the store is
 * briefly unreachable) is logged and the next one tries again; shutdown waits for a running round.
 */
@Injectable()
export class SealingService implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    @Inject(SEALING) private readonly sealing: Sealing,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (this.sealing.sealer === null) {
      this.logger.warn('No seal signing key is configured (SEAL_SIGNING_KEY_FILE): the log is not sealed');
      return;
    }
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    await this.sealing.lock?.close();
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.round().finally(() => this.schedule(SEALING_ROUND_INTERVAL_MS));
    }, delayMs);
    this.timer.unref();
  }

  private async round(): Promise<void> {
    try {
      await this.sealing.sealer?.round();
    } catch (error) {
      this.logger.error({ err: error }, 'A sealing round failed; the next one tries again');
    }
  }
}
