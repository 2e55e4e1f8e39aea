/**
 * Goal: every POST needs a well-formed Idempotency-Key; a retry of the same request replays the first
 * response (Idempotent-Replayed: true) and appends nothing; the key with a different request is a 422;
 * a repeat while the first still runs is a 409; keys of different subjects never collide; a refused
 * request leaves no record, so its corrected retry runs. Events carry the full metadata: actor, the
 * command id derived from the key, the caller's correlation id, and the accepted instant from the clock.
 */
import { fixedClock } from '../../../apps/ledger-api/src/common/clock';
import { commandIdFor } from '../../../apps/ledger-api/src/idempotency/idempotency-key';
import {
  describeEachStore,
  expectProblem,
  idempotencyKey,
  startTestApp,
  streamEvents,
  type TestApp,
  tokenFor,
} from '../support';
import { ProbeGate, ProbeModule } from './probe/probe.module';

const ACCEPTED_AT = '2024-05-01T09:30:00.000Z';

describeEachStore('idempotent POSTs', (store) => {
  let service: TestApp;
  let anna: string;

  beforeAll(async () => {
    service = await startTestApp({ store, imports: [ProbeModule], clock: fixedClock(ACCEPTED_AT) });
    anna = await tokenFor('treasurer', { subject: 'anna' });
  });
  afterAll(async () => service.close());

  function add(counterId: string, key: string | undefined, body: object, token = anna) {
    const request = service
      .http()
      .post(`/probe/counters/${counterId}/additions`)
      .auth(token, { type: 'bearer' });
    return (key === undefined ? request : request.set('Idempotency-Key', key)).send(body);
  }

  async function streamLength(streamId: string): Promise<number> {
    return (await streamEvents(service.eventStore, streamId)).length;
  }

  it('requires the header on every POST', async () => {
    const response = await add('missing', undefined, { amount: '1.00', note: 'x' });
    expectProblem(response, {
      status: 400,
      type: 'idempotency-key',
      field: 'header Idempotency-Key',
      detail: 'Every POST needs an Idempotency-Key header',
    });
    expect(await streamLength('counter-missing')).toBe(0);
  });

  it('refuses a key that is too long', async () => {
    const response = await add('long', 'k'.repeat(129), { amount: '1.00', note: 'x' });
    expectProblem(response, { status: 400, type: 'idempotency-key', detail: '1 to 128 printable ASCII' });
  });

  it('stamps the events with actor, derived command id, correlation id and accepted instant', async () => {
    const key = idempotencyKey();
    await add('stamped', key, { amount: '1.00', note: 'x' }).set('X-Correlation-Id', 'trace-1').expect(201);

    const [event] = await streamEvents(service.eventStore, 'counter-stamped');
    expect(event?.metadata).toEqual({
      actor: { subject: 'anna', role: 'treasurer' },
      commandId: commandIdFor('anna', key),
      correlationId: 'trace-1',
      causationId: commandIdFor('anna', key),
      recordedAt: ACCEPTED_AT,
    });
  });

  it('replays the first response for the same request and appends nothing', async () => {
    const key = idempotencyKey();
    const first = await add('replayed', key, { amount: '2.00', note: 'x' }).expect(201);
    const second = await add('replayed', key, { note: 'x', amount: '2.00' }).expect(201);

    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body).toEqual(first.body);
    expect(await streamLength('counter-replayed')).toBe(1);
  });

  it('refuses the same key with a different body, path or subject-less reuse', async () => {
    const key = idempotencyKey();
    await add('reused', key, { amount: '3.00', note: 'x' }).expect(201);

    expectProblem(await add('reused', key, { amount: '4.00', note: 'x' }), {
      status: 422,
      type: 'idempotency-key-reused',
      detail: 'already used for a different request',
    });
    expectProblem(await add('other-counter', key, { amount: '3.00', note: 'x' }), {
      status: 422,
      type: 'idempotency-key-reused',
    });
    expect(await streamLength('counter-reused')).toBe(1);
    expect(await streamLength('counter-other-counter')).toBe(0);
  });

  it('keeps the keys of different subjects apart', async () => {
    const key = idempotencyKey();
    const ben = await tokenFor('treasurer', { subject: 'ben' });
    await add('shared-key', key, { amount: '1.00', note: 'x' }).expect(201);
    const second = await add('shared-key', key, { amount: '1.00', note: 'x' }, ben).expect(201);

    expect(second.headers['idempotent-replayed']).toBeUndefined();
    expect(await streamLength('counter-shared-key')).toBe(2);
  });

  it('lets a refused request be corrected and retried with the same key', async () => {
    const key = idempotencyKey();
    expectProblem(await add('corrected', key, { amount: '1.005', note: 'x' }), {
      status: 400,
      type: 'validation',
    });
    await add('corrected', key, { amount: '1.00', note: 'x' }).expect(201);
    expect(await streamLength('counter-corrected')).toBe(1);
  });

  it('does not record a domain refusal, so a retry is decided again', async () => {
    const key = idempotencyKey();
    await add('limited', idempotencyKey(), { amount: '10.00', note: 'x' }).expect(201);
    expectProblem(await add('limited', key, { amount: '1.00', note: 'x' }), {
      status: 422,
      type: 'rule-violated',
      code: 'COUNTER.LIMIT_EXCEEDED',
    });
    expectProblem(await add('limited', key, { amount: '1.00', note: 'x' }), {
      status: 422,
      type: 'rule-violated',
    });
  });

  it('refuses a repeat while the first request is still running, then replays it', async () => {
    const gate = service.app.get(ProbeGate);
    const key = idempotencyKey();
    gate.close();
    const first = service
      .http()
      .post('/probe/gated/probe-in-progress')
      .auth(anna, { type: 'bearer' })
      .set('Idempotency-Key', key)
      .then((response) => response);
    await gate.entered;

    const concurrent = await service
      .http()
      .post('/probe/gated/probe-in-progress')
      .auth(anna, { type: 'bearer' })
      .set('Idempotency-Key', key);
    expectProblem(concurrent, {
      status: 409,
      type: 'idempotency-in-progress',
      detail: 'still being processed',
    });

    gate.open();
    expect((await first).status).toBe(202);
    const replay = await service
      .http()
      .post('/probe/gated/probe-in-progress')
      .auth(anna, { type: 'bearer' })
      .set('Idempotency-Key', key)
      .expect(202);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(await streamLength('probe-in-progress')).toBe(1);
  });

  it('answers parallel commands on one stream with successes or clear conflicts, never a lost write', async () => {
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => add('contended', idempotencyKey(), { amount: '1.00', note: 'x' })),
    );
    const succeeded = responses.filter((response) => response.status === 201);
    for (const response of responses.filter((candidate) => candidate.status !== 201)) {
      expectProblem(response, {
        status: 409,
        type: 'concurrent-modification',
        detail: 'The fund was changed by another request at the same time; retry',
      });
    }
    expect(await streamLength('counter-contended')).toBe(succeeded.length);
  });
});
