/**
 * Goal: random request bodies sent over HTTP to command routes never make the service fail. fast-check
 * sends JSON texts of any shape, mutated with the things that break parsers and serialisers (numbers
 * beyond the double range, deep nesting, escaped NUL characters and lone surrogates, prototype keys);
 * every answer is a success or a 4xx problem+json, never a 5xx. The whole edge takes part: body parser,
 * authentication, idempotency, validation and the command path.
 */
import fc from 'fast-check';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { bearer, type TestApp } from '../e2e/support';
import { FundDriver, startFundsApp } from '../e2e/funds/fund-driver';
import { sendRaw } from './support/raw-http';

const ROUTES = [
  { path: '/funds/fuzz-fund/grants/grant-1/payouts', role: 'treasurer' },
  { path: '/funds/fuzz-fund/contributions/public', role: 'treasurer' },
  { path: '/funds/fuzz-fund/applications', role: 'fund-manager' },
  { path: '/funds', role: 'fund-manager' },
] as const;

/** Fragments spliced into otherwise valid JSON text. */
const POISON = [
  '1e309',
  '-1e400',
  '"\\u0000"',
  '"\\ud800"',
  '{"__proto__":{"x":1}}',
  `${'['.repeat(3000)}${']'.repeat(3000)}`,
];

const bodyText: fc.Arbitrary<string> = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc
    .tuple(fc.json({ maxDepth: 3 }), fc.constantFrom(...POISON), fc.string({ maxLength: 6 }))
    .map(([json, poison, key]) => `{${JSON.stringify(key)}:${poison},"wrapped":${json}}`),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

describe('Random bodies over HTTP', () => {
  let testApp: TestApp;
  let port: number;

  beforeAll(async () => {
    testApp = await startFundsApp('sqlite');
    await testApp.app.listen(0, '127.0.0.1');
    port = (testApp.app.getHttpServer().address() as AddressInfo).port;
    const fund = new FundDriver(testApp, 'fuzz-fund');
    await fund.openWithPublicMoney();
    await fund.appointJury();
    await fund.payableGrant('pianos', 'grant-1');
  }, 60_000);

  afterAll(() => testApp.close());

  it('answers every random body with a success or a 4xx problem, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), bodyText, async (route, text) => {
        const response = await sendRaw(port, {
          method: 'POST',
          path: route.path,
          headers: {
            authorization: await bearer(route.role),
            'content-type': 'application/json',
            'idempotency-key': randomUUID(),
          },
          body: Buffer.from(text),
        });
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400)
          expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
