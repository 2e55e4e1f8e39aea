/**
 * Goal: hostile input never gets past the edge. Each of the table's malformed or malicious requests
 * (bad amounts and fields, prototype-pollution keys, JSON bombs, oversized bodies, wrong content types
 * and encodings, invalid UTF-8 and NUL characters, forged, expired and unsigned tokens, wrong roles, ids
 * of other funds, reused idempotency keys, unknown routes) is answered with the right 4xx as RFC 9457
 * problem+json without internals, and none of them writes anything: the store's head position is the
 * same afterwards. On SQLite and, when reachable (always under CI=true), on PostgreSQL.
 */
import type { AddressInfo } from 'node:net';
import { describeEachStore, type TestApp } from '../e2e/support';
import { FundDriver, startFundsApp, TREASURER as DRIVER_TREASURER, YEAR } from '../e2e/funds/fund-driver';
import {
  HOSTILE_CASES,
  HOSTILE_FUND,
  OTHER_FUND,
  REUSED_IDEMPOTENCY_KEY,
  toRawRequest,
} from './hostile-cases';
import { expectProblemAnswer, sendRaw } from './support/raw-http';

const CASES_MIN = 100;

describeEachStore('Hostile requests', (store) => {
  let testApp: TestApp;
  let fund: FundDriver;
  let port: number;
  let headBefore: number;

  beforeAll(async () => {
    testApp = await startFundsApp(store);
    await testApp.app.listen(0, '127.0.0.1');
    port = (testApp.app.getHttpServer().address() as AddressInfo).port;
    fund = new FundDriver(testApp, HOSTILE_FUND);
    await fund.openWithPublicMoney();
    await fund.appointJury();
    await fund.payableGrant('pianos', 'grant-1');
    await fund.applicationOnAgenda('on-agenda');
    const other = new FundDriver(testApp, OTHER_FUND);
    await other.openWithPublicMoney();
    await other.appointJury();
    await other.payableGrant('other-pianos', 'grant-other');
    await other.applicationOnAgenda('other-on-agenda');
    const first = await fund.post(
      DRIVER_TREASURER,
      fund.path('/contributions/public'),
      {
        contributionId: 'reused-key-first',
        amount: '10.00',
        valueDate: `${YEAR}-02-01`,
        reference: 'First use',
      },
      REUSED_IDEMPOTENCY_KEY,
    );
    expect(first.status).toBe(201);
    headBefore = await fund.headPosition();
  }, 60_000);

  afterAll(() => testApp.close());

  it(`has at least ${CASES_MIN} hostile requests, each with its own name`, () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(CASES_MIN);
    expect(new Set(HOSTILE_CASES.map((hostile) => hostile.name)).size).toBe(HOSTILE_CASES.length);
  });

  it.each(HOSTILE_CASES)('answers $name with the right problem', async ({ request, expected }) => {
    const response = await sendRaw(port, await toRawRequest(request));
    expectProblemAnswer(response, expected);
  });

  it('has written nothing for any of the hostile requests', async () => {
    expect(await fund.headPosition()).toBe(headBefore);
  });
});
