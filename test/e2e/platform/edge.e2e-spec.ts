/**
 * Goal: the service's edge behaves the same on every store: operational routes answer without a token,
 * every error is RFC 9457 problem+json with a plain message and no internals (unknown route, malformed
 * JSON, too large or non-JSON bodies, invalid fields, domain refusals, unexpected failures), and every
 * response carries a correlation id.
 */
import {
  describeEachStore,
  expectProblem,
  idempotencyKey,
  startTestApp,
  type TestApp,
  tokenFor,
} from '../support';
import { ProbeModule } from './probe/probe.module';

describeEachStore('the service edge', (store) => {
  let service: TestApp;
  let treasurer: string;

  beforeAll(async () => {
    service = await startTestApp({ store, imports: [ProbeModule], env: { BODY_LIMIT: '2kb' } });
    treasurer = await tokenFor('treasurer');
  });
  afterAll(async () => service.close());

  function postAddition(body: string | object, contentType = 'application/json') {
    return service
      .http()
      .post('/probe/counters/c1/additions')
      .auth(treasurer, { type: 'bearer' })
      .set('Idempotency-Key', idempotencyKey())
      .set('Content-Type', contentType)
      .send(typeof body === 'string' ? body : JSON.stringify(body));
  }

  describe('operational routes', () => {
    it('answers liveness without a token', async () => {
      const response = await service.http().get('/health').expect(200);
      expect(response.body.status).toBe('ok');
    });

    it('answers readiness without a token, checking both stores', async () => {
      const response = await service.http().get('/health/ready').expect(200);
      expect(response.body.details).toMatchObject({
        eventStore: { status: 'up' },
        idempotencyStore: { status: 'up' },
        commands: { status: 'up' },
      });
    });

    it('serves Prometheus metrics with route templates, not raw URLs', async () => {
      await postAddition({ amount: '1.00', note: 'metrics' }).expect(201);
      const response = await service.http().get('/metrics').expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/plain/);
      expect(response.text).toContain(
        'http_requests_total{method="POST",route="/probe/counters/:counterId/additions",status="201"}',
      );
      expect(response.text).toContain('http_request_duration_seconds_bucket');
      expect(response.text).toContain('ledger_events_appended_total{type="CounterIncreased"}');
      expect(response.text).toContain('# TYPE ledger_projection_lag_events gauge');
      expect(response.text).not.toContain('/probe/counters/c1/');
    });

    it('serves the OpenAPI document and UI without a token, declaring bearer auth', async () => {
      const document = await service.http().get('/docs-json').expect(200);
      expect(document.body.components.securitySchemes.bearer).toMatchObject({
        type: 'http',
        scheme: 'bearer',
      });
      expect(document.body.security).toEqual([{ bearer: [] }]);
      const ui = await service.http().get('/docs').expect(200);
      expect(ui.text).toContain('swagger');
    });
  });

  describe('problem details', () => {
    it('answers an unknown route with 404', async () => {
      const response = await service.http().get('/no/such/route');
      expectProblem(response, {
        status: 404,
        type: 'not-found',
        detail: 'There is no resource at GET /no/such/route',
      });
    });

    it('answers malformed JSON with 400', async () => {
      const response = await postAddition('{"amount": "1.00",');
      expectProblem(response, { status: 400, type: 'malformed-json', detail: /not valid JSON/ });
    });

    it('answers a body above BODY_LIMIT with 413', async () => {
      const response = await postAddition({ amount: '1.00', note: 'x', padding: 'x'.repeat(4096) });
      expectProblem(response, {
        status: 413,
        type: 'payload-too-large',
        detail: 'larger than the limit of 2048 bytes',
      });
    });

    it.each(['text/plain', 'application/x-www-form-urlencoded', 'application/xml'])(
      'answers a %s body with 415',
      async (contentType) => {
        const response = await postAddition('amount=1.00', contentType);
        expectProblem(response, {
          status: 415,
          type: 'unsupported-media-type',
          detail: `not ${contentType}`,
        });
      },
    );

    it('refuses a compressed body with 415', async () => {
      const response = await postAddition({ amount: '1.00', note: 'zip' }).set('Content-Encoding', 'gzip');
      expectProblem(response, { status: 415, type: 'unsupported-media-type', detail: /Compressed/ });
    });

    it('names an unknown field', async () => {
      const response = await postAddition({ amount: '1.00', note: 'x', isAdmin: true });
      expectProblem(response, {
        status: 400,
        type: 'validation',
        field: 'isAdmin',
        detail: 'isAdmin is not a field',
      });
    });

    it('refuses a number where an amount string is required, naming the field', async () => {
      const response = await postAddition({ amount: 1, note: 'x' });
      expectProblem(response, {
        status: 400,
        type: 'validation',
        field: 'amount',
        detail: 'not a JSON number',
      });
    });

    it('refuses a prototype-polluting key', async () => {
      const response = await postAddition('{"amount":"1.00","note":"x","__proto__":{"admin":true}}');
      expectProblem(response, { status: 400, type: 'validation', field: '__proto__' });
    });

    it('maps a domain refusal to 422 with its code', async () => {
      const response = await service
        .http()
        .post('/probe/refusals')
        .auth(treasurer, { type: 'bearer' })
        .set('Idempotency-Key', idempotencyKey());
      expectProblem(response, {
        status: 422,
        type: 'rule-violated',
        code: 'PAYOUT.EXCEEDS_GRANT',
        detail: 'The payout of 900.00 exceeds the open grant of 500.00.',
      });
    });

    it('hides the internals of an unexpected failure', async () => {
      const response = await service
        .http()
        .get('/probe/failure')
        .auth(await tokenFor('auditor'), { type: 'bearer' });
      expectProblem(response, { status: 500, type: 'internal-error', detail: /quote the correlation id/ });
      expect(response.text).not.toContain('SQLITE');
      expect(response.text).not.toContain('/var/lib');
    });
  });

  describe('correlation ids', () => {
    it('echoes a caller-supplied correlation id', async () => {
      const response = await service.http().get('/health').set('X-Correlation-Id', 'trace-4711').expect(200);
      expect(response.headers['x-correlation-id']).toBe('trace-4711');
    });

    it('generates one when the caller sends none or an unusable one', async () => {
      const generated = await service.http().get('/health').set('X-Correlation-Id', 'x'.repeat(200));
      expect(generated.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
    });
  });
});
