/**
 * Goal: readiness says why a store is down. A store that answers but refuses the service's credentials
 * is named with the permission to grant; one that does not answer is reported as such.
 */
import { HealthIndicatorService } from '@nestjs/terminus';
import { StoreAccessDeniedError, type EventStore } from '@fund-ledger/event-store';
import { InFlightCommands } from '../../shutdown/in-flight-commands';
import type { IdempotencyStore } from '../../idempotency/idempotency-store.port';
import { ReadinessIndicators } from './readiness.indicators';

function readinessWith(ping: EventStore['ping']): ReadinessIndicators {
  const eventStore = { ping } as EventStore;
  const idempotencyStore = { ping: async () => true } as unknown as IdempotencyStore;
  return new ReadinessIndicators(
    new HealthIndicatorService(),
    eventStore,
    idempotencyStore,
    new InFlightCommands(),
  );
}

describe('event store readiness', () => {
  test('is up when the store answers', async () => {
    expect(await readinessWith(async () => true).eventStoreReachable()).toEqual({
      eventStore: { status: 'up' },
    });
  });

  test('names the missing permission when the store refuses the service’s user', async () => {
    const refusal = new StoreAccessDeniedError("EventStoreDB refused to let the service's user read $all");

    const result = await readinessWith(() => Promise.reject(refusal)).eventStoreReachable();

    expect(result).toEqual({ eventStore: { status: 'down', message: refusal.message } });
  });

  test('says there was no answer when the store does not answer or fails otherwise', async () => {
    const silent = await readinessWith(async () => false).eventStoreReachable();
    const failing = await readinessWith(() =>
      Promise.reject(new Error('connection refused')),
    ).eventStoreReachable();

    expect(silent).toEqual({ eventStore: { status: 'down', message: 'No answer within 2000 ms' } });
    expect(failing).toEqual(silent);
  });
});
