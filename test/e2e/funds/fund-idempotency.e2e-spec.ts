/**
 * Goal: a fund command retried with the same Idempotency-Key returns the first response and records
 * nothing twice; the same key with a different request is refused; an id the service generated for a
 * resource is the same on every retry; once the record is purged, a retry is recognised by the fund.
 */
import {
  IDEMPOTENCY_STORE,
  type IdempotencyStore,
} from '../../../apps/ledger-api/src/idempotency/idempotency-store.port';
import { bearer, describeEachStore, expectProblem, type TestApp } from '../support';
import { FundDriver, startFundsApp, TREASURER, YEAR } from './fund-driver';

describeEachStore('Retrying fund commands', (store) => {
  let testApp: TestApp;
  let fund: FundDriver;

  beforeAll(async () => {
    testApp = await startFundsApp(store);
    fund = new FundDriver(testApp, 'retry-fund');
    await fund.openWithPublicMoney();
    await fund.appointJury();
    await fund.payableGrant('pianos', 'grant-1');
  });

  afterAll(() => testApp.close());

  const payouts = '/funds/retry-fund/grants/grant-1/payouts';
  const payout = { amount: '250.00', valueDate: `${YEAR}-06-03` };

  it('answers a retry with the first response and appends nothing', async () => {
    const first = await fund.post(TREASURER, payouts, payout, 'payout-key-1');
    expect(first.status).toBe(201);
    const head = await fund.headPosition();

    const retry = await fund.post(TREASURER, payouts, payout, 'payout-key-1');
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(await fund.headPosition()).toBe(head);
    expect((await fund.view()).grants[0]?.paid.amount).toBe('250.00');
  });

  it('gives a generated payout id derived from the key, the same on every retry', async () => {
    const first = await fund.post(TREASURER, payouts, payout, 'payout-key-2');
    const retry = await fund.post(TREASURER, payouts, payout, 'payout-key-2');
    expect(first.body.id).toBe(first.body.commandId);
    expect(retry.body.id).toBe(first.body.id);
  });

  it('refuses the same key with a different body, and appends nothing', async () => {
    const head = await fund.headPosition();
    const changed = await fund.post(TREASURER, payouts, { ...payout, amount: '260.00' }, 'payout-key-1');
    expectProblem(changed, { status: 422, type: 'idempotency-key-reused' });
    const elsewhere = await fund.post(
      TREASURER,
      '/funds/retry-fund/contributions/public',
      payout,
      'payout-key-1',
    );
    expectProblem(elsewhere, { status: 422, type: 'idempotency-key-reused' });
    expect(await fund.headPosition()).toBe(head);
  });

  it('refuses a command without an Idempotency-Key', async () => {
    const response = await testApp
      .http()
      .post(payouts)
      .set('Authorization', await bearer('treasurer'))
      .send(payout);
    expectProblem(response, { status: 400, type: 'idempotency-key' });
  });

  // Last: the purge forgets every record of this service, including those the tests above rely on.
  it('once the record is purged, runs a retry again, which the fund recognises and pays nothing twice', async () => {
    const first = await fund.post(TREASURER, payouts, payout, 'payout-key-3');
    expect(first.status).toBe(201);
    const head = await fund.headPosition();
    const paid = (await fund.view()).grants[0]?.paid.amount;
    const records = testApp.app.get<IdempotencyStore>(IDEMPOTENCY_STORE);
    expect(await records.purgeCompletedBefore(new Date(Date.now() + 60_000))).toBeGreaterThanOrEqual(1);

    const retry = await fund.post(TREASURER, payouts, payout, 'payout-key-3');
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    expect(retry.body).toMatchObject({ id: first.body.id, commandId: first.body.commandId, events: [] });
    expect(await fund.headPosition()).toBe(head);
    expect((await fund.view()).grants[0]?.paid.amount).toBe(paid);
  });
});
