import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';

/** How long shutdown waits for running commands before closing the stores anyway. */
export const SHUTDOWN_DRAIN_TIMEOUT_MS = 10_000;

/** A command arrived after shutdown began; the caller should retry against another instance or later. */
export class ShuttingDownError extends Error {
  constructor() {
    super('The service is shutting down; retry the request');
    this.name = 'ShuttingDownError';
  }
}

/**
 * Tracks command executions so that shutdown closes the event store only after every append that
 * started has finished; commands arriving during shutdown are refused instead of cut off halfway.
 */
@Injectable()
export class InFlightCommands implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Shutdown');
  private readonly running = new Set<Promise<unknown>>();
  private draining = false;

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.draining) throw new ShuttingDownError();
    const execution = work();
    this.running.add(execution);
    try {
      return await execution;
    } finally {
      this.running.delete(execution);
    }
  }

  get count(): number {
    return this.running.size;
  }

  get isDraining(): boolean {
    return this.draining;
  }

  /** Refuses new commands and waits for the running ones; false when the timeout came first. */
  async drain(timeoutMs = SHUTDOWN_DRAIN_TIMEOUT_MS): Promise<boolean> {
    this.draining = true;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const settled = Promise.allSettled([...this.running]).then(() => true as const);
    try {
      return await Promise.race([settled, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    const running = this.count;
    if (running > 0) this.logger.log(`Waiting for ${running} running command(s) before closing the stores`);
    if (!(await this.drain())) {
      this.logger.warn(
        `${this.count} command(s) still running after ${SHUTDOWN_DRAIN_TIMEOUT_MS} ms; closing anyway`,
      );
    }
  }
}
