/**
 * Goal: "verify now" runs in the background: the start answers at once with a verification to follow,
 * following it shows progress and then the verdict (the digest of an intact log, the first broken
 * event of an altered one), a retry with the same Idempotency-Key names the same verification, and
 * only auditors may start or follow one.
 */
import Database from 'better-sqlite3';
import type { Response } from 'supertest';
import { alterOneDigit } from '@fund-ledger/event-store/testing/tamper';
import { FundDriver, SettableClock, START_OF_TEST } from '../funds/fund-driver';
import { bearer, expectProblem, idempotencyKey, startTestApp, type TestApp } from '../support';

interface Verification {
  id: string;
  state: string;
  toPosition: number;
  progress: { position: number; eventCount: number };
  result: {
    ok: boolean;
    eventCount: number;
    firstBreak: { position: number; message: string } | null;
    digest: { root: string; position: number } | null;
  } | null;
}

const POLL_INTERVAL_MS = 20;
const POLLS_MAX = 500;

describe('verification of the whole log as a background job', () => {
  let testApp: TestApp;
  let auditor: string;

  beforeAll(async () => {
    testApp = await startTestApp({ clock: new SettableClock(START_OF_TEST) });
    auditor = await bearer('auditor', { subject: 'audit-office' });
    const fund = new FundDriver(testApp, 'verified-fund');
    await fund.openWithPublicMoney();
    await fund.appointJury();
  });
  afterAll(() => testApp.close());

  function start(body: object, key = idempotencyKey()): Promise<Response> {
    return testApp
      .http()
      .post('/ledger/verifications')
      .set('Authorization', auditor)
      .set('Idempotency-Key', key)
      .send(body);
  }

  async function finished(id: string): Promise<Verification> {
    for (let poll = 0; poll < POLLS_MAX; poll += 1) {
      const response = await testApp.http().get(`/ledger/verifications/${id}`).set('Authorization', auditor);
      expect(response.status).toBe(200);
      const verification = response.body as Verification;
      if (verification.state !== 'running') return verification;
      await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
    }
    throw new Error(`verification ${id} did not finish`);
  }

  it('answers 202 at once and then the digest of the intact log', async () => {
    const head = await testApp.eventStore.headPosition();
    const started = await start({});
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ state: 'running', startedBy: 'audit-office', toPosition: head });
    const verification = await finished((started.body as Verification).id);
    const digest = await testApp.http().get('/ledger/digest').set('Authorization', auditor);
    expect(verification).toMatchObject({
      state: 'verified',
      progress: { position: head, eventCount: head },
      result: { ok: true, eventCount: head, firstBreak: null, digest: digest.body },
    });
  });

  it('names the same verification when the start is retried with its key', async () => {
    const key = idempotencyKey();
    const first = await start({ toPosition: 2 }, key);
    const retried = await start({ toPosition: 2 }, key);
    expect((retried.body as Verification).id).toBe((first.body as Verification).id);
    expect((await finished((first.body as Verification).id)).result?.digest?.position).toBe(2);
  });

  it('refuses a position beyond the head, and malformed input, naming toPosition', async () => {
    expectProblem(await start({ toPosition: 10_000 }), {
      status: 400,
      type: 'invalid-input',
      field: 'toPosition',
    });
    expectProblem(await start({ toPosition: '3' }), { status: 400, type: 'validation', field: 'toPosition' });
    expectProblem(await start({ toPosition: 3, extra: true }), {
      status: 400,
      type: 'validation',
      field: 'extra',
    });
  });

  it('admits auditors only, and answers 404 for an unknown verification', async () => {
    for (const role of ['treasurer', 'council', 'fund-manager'] as const) {
      const response = await testApp
        .http()
        .post('/ledger/verifications')
        .set('Authorization', await bearer(role))
        .set('Idempotency-Key', idempotencyKey())
        .send({});
      expectProblem(response, { status: 403, type: 'forbidden' });
    }
    const unknown = await testApp
      .http()
      .get('/ledger/verifications/00000000-0000-0000-0000-000000000000')
      .set('Authorization', auditor);
    expectProblem(unknown, { status: 404, type: 'not-found' });
  });

  it('fails naming the first altered event', async () => {
    const database = new Database(testApp.env['SQLITE_PATH']);
    database.exec('DROP TRIGGER IF EXISTS events_no_update');
    const row = database.prepare('SELECT position, data FROM events WHERE position = 3').get() as {
      position: number;
      data: string;
    };
    database.prepare('UPDATE events SET data = ? WHERE position = 3').run(alterOneDigit(row.data));
    database.close();
    const verification = await finished(((await start({})).body as Verification).id);
    expect(verification.state).toBe('failed');
    expect(verification.result).toMatchObject({
      ok: false,
      eventCount: 2,
      firstBreak: { position: 3 },
      digest: null,
    });
    expect(verification.result?.firstBreak?.message).toContain('stored hash');
  });
});
