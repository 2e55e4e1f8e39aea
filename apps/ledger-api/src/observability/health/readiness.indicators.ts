import { Inject, Injectable, Optional } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { EVENT_STORE, StoreAccessDeniedError, type EventStore } from '@fund-ledger/event-store';
import { InFlightCommands } from '../../shutdown/in-flight-commands';
import { IDEMPOTENCY_STORE, type IdempotencyStore } from '../../idempotency/idempotency-store.port';
import { READ_MODEL_HEALTH, type ReadModelHealth } from './read-model-health';

/** A store that does not answer within this time counts as unreachable for readiness. */
export const PING_TIMEOUT_MS = 2000;

/**
 * The checks behind `/health/ready`: both stores answer, the read models are being kept up to date
 * (a projection stopped on an event it cannot fold makes every query stale), and the instance is not
 * shutting down.
 */
@Injectable()
export class ReadinessIndicators {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(IDEMPOTENCY_STORE) private readonly idempotencyStore: IdempotencyStore,
    private readonly inFlight: InFlightCommands,
    @Optional() @Inject(READ_MODEL_HEALTH) private readonly projections?: ReadModelHealth,
  ) {}

  projectionsRunning() {
    const session = this.indicators.check('projections');
    if (this.projections === undefined || this.projections.healthy) {
      return session.up({ position: this.projections?.storedPosition ?? 0 });
    }
    const failure = this.projections.failure;
    return session.down({
      state: this.projections.state,
      message:
        failure === null
          ? 'The projections cannot reach their store'
          : `Stopped at position ${failure.position}`,
    });
  }

  eventStoreReachable() {
    return this.reachable('eventStore', () => this.eventStore.ping());
  }

  idempotencyStoreReachable() {
    return this.reachable('idempotencyStore', () => this.idempotencyStore.ping());
  }

  acceptingCommands() {
    const session = this.indicators.check('commands');
    return this.inFlight.isDraining
      ? session.down({ message: 'The instance is shutting down' })
      : session.up({ running: this.inFlight.count });
  }

  /** A store that answers but refuses the service's credentials is down too, saying what to grant. */
  private async reachable<const Key extends string>(key: Key, ping: () => Promise<boolean>) {
    const session = this.indicators.check(key);
    const answer = await withTimeout(ping(), PING_TIMEOUT_MS).catch((error: unknown) => error);
    if (answer === true) return session.up();
    if (answer instanceof StoreAccessDeniedError) return session.down({ message: answer.message });
    return session.down({ message: `No answer within ${PING_TIMEOUT_MS} ms` });
  }
}

async function withTimeout(work: Promise<boolean>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([work, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
