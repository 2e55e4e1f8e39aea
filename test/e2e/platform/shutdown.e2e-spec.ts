/**
 * Goal: graceful shutdown lets a command that is already appending finish before the event store
 * closes, refuses new commands with a 503 problem meanwhile, and reports the instance as not ready.
 */
import { InFlightCommands } from '../../../apps/ledger-api/src/shutdown/in-flight-commands';
import { expectProblem, idempotencyKey, startTestApp, tokenFor } from '../support';
import { ProbeGate, ProbeModule } from './probe/probe.module';

const DRAIN_POLLS_MAX = 1000;

async function untilDraining(commands: InFlightCommands): Promise<void> {
  for (let poll = 0; poll < DRAIN_POLLS_MAX && !commands.isDraining; poll += 1) {
    await new Promise((resolve) => setImmediate(resolve));
  }
  expect(commands.isDraining).toBe(true);
}

describe('graceful shutdown', () => {
  it('finishes the running append, refuses new commands, then closes', async () => {
    const service = await startTestApp({ imports: [ProbeModule] });
    const treasurer = await tokenFor('treasurer');
    const gate = service.app.get(ProbeGate);
    const gated = (streamId: string) =>
      service
        .http()
        .post(`/probe/gated/${streamId}`)
        .auth(treasurer, { type: 'bearer' })
        .set('Idempotency-Key', idempotencyKey());

    gate.close();
    const running = gated('probe-running').then((response) => response);
    await gate.entered;
    const closing = service.close();
    await untilDraining(service.app.get(InFlightCommands));

    expectProblem(await gated('probe-late'), {
      status: 503,
      type: 'service-unavailable',
      detail: 'The service is shutting down; retry the request',
    });
    const readiness = await service.http().get('/health/ready');
    expectProblem(readiness, { status: 503, type: 'service-unavailable' });
    expect(readiness.body.checks.commands).toMatchObject({ status: 'down' });

    gate.open();
    const finished = await running;
    expect(finished.status).toBe(202);
    expect(finished.body.position).toBeGreaterThan(0);
    await closing;
  });
});
