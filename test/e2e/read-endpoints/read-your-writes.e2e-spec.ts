/**
 * Goal: read-your-writes and its limits. When the read models cannot reach a command's events within
 * READ_YOUR_WRITES_TIMEOUT_MS, the command still succeeds and says so (`readModels.caughtUp: false`,
 * `X-Projection-Lag: pending`, the position the read models had reached). When the projection meets an
 * event it cannot fold, it stops on it: the projection health route answers 503 naming the event,
 * commands on other funds keep succeeding with the pending status, queries of other funds answer from
 * their events (including what the stopped read models lack), and the broken fund's answer 503 naming
 * the event.
 */
import { fundStreamName } from '@fund-ledger/domain';
import { FundDriver, SettableClock, TREASURER, YEAR } from '../funds/fund-driver';
import { describeEachStore, expectProblem, streamEvents, type TestApp } from '../support';
import { getAs, startReadModelsApp } from './read-model-client';

const FUND_ID = 'pending-fund';
const HEALTH_POLL_MS = 20;
const HEALTH_POLLS_MAX = 500;

function publicContribution(contributionId: string): object {
  return { contributionId, amount: '100.00', valueDate: `${YEAR}-06-03`, reference: contributionId };
}

async function projectionHealth(
  testApp: TestApp,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await testApp.http().get('/health/projections');
  return { status: response.status, body: response.body as Record<string, unknown> };
}

/** Polls the health route until it reports the projection down (the runner stops asynchronously). */
async function untilProjectionDown(
  testApp: TestApp,
): Promise<{ status: number; body: Record<string, unknown> }> {
  for (let poll = 0; poll < HEALTH_POLLS_MAX; poll += 1) {
    const health = await projectionHealth(testApp);
    if (health.status !== 200) return health;
    await new Promise((resolve) => setTimeout(resolve, HEALTH_POLL_MS));
  }
  throw new Error('The projection did not report a failure');
}

describeEachStore('read-your-writes', (store) => {
  test('with no time to wait, a command succeeds and says the read models are pending', async () => {
    const testApp = await startReadModelsApp(store, new SettableClock(`${YEAR}-06-03T09:00:00Z`), {
      READ_YOUR_WRITES_TIMEOUT_MS: '0',
    });
    try {
      const fund = new FundDriver(testApp, FUND_ID);
      await fund.openWithPublicMoney();
      const response = await fund.post(
        TREASURER,
        fund.path('/contributions/public'),
        publicContribution('late'),
      );
      expect(response.status).toBe(201);
      expect(response.headers['x-projection-lag']).toBe('pending');
      expect(response.body.readModels.caughtUp).toBe(false);
      expect(response.body.readModels.position).toBeLessThan(response.body.position);
      expect(response.headers['x-projection-position']).toBe(String(response.body.readModels.position));
    } finally {
      await testApp.close();
    }
  });

  test('an event the projection cannot fold stops it: health and readiness 503 naming the event, commands pending', async () => {
    const testApp = await startReadModelsApp(store, new SettableClock(`${YEAR}-06-03T09:00:00Z`));
    try {
      const fund = new FundDriver(testApp, FUND_ID);
      await fund.openWithPublicMoney();
      const otherFund = new FundDriver(testApp, 'other-fund');
      await otherFund.openWithPublicMoney();
      const [opened] = await streamEvents(testApp.eventStore, fundStreamName(FUND_ID));
      const foreign = await testApp.eventStore.append(
        fundStreamName(FUND_ID),
        [{ type: 'FundRenamed', data: { fundId: FUND_ID, name: 'Renamed' }, metadata: opened!.metadata }],
        'any',
      );
      const health = await untilProjectionDown(testApp);
      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({
        status: 'down',
        state: 'failed',
        storedPosition: foreign.lastPosition - 1,
        failure: {
          position: foreign.lastPosition,
          eventType: 'FundRenamed',
          streamId: fundStreamName(FUND_ID),
        },
      });
      const readiness = await testApp.http().get('/health/ready');
      expect(readiness.status).toBe(503);
      expect(readiness.body.checks.projections).toMatchObject({
        status: 'down',
        message: `Stopped at position ${foreign.lastPosition}`,
      });
      const response = await otherFund.post(
        TREASURER,
        otherFund.path('/contributions/public'),
        publicContribution('after'),
      );
      expect(response.status).toBe(201);
      expect(response.headers['x-projection-lag']).toBe('pending');
      expect(response.body.readModels).toEqual({ caughtUp: false, position: foreign.lastPosition - 1 });

      const otherBalances = await getAs(testApp, 'treasurer', otherFund.path('/balances'));
      expect(otherBalances.status).toBe(200);
      expect(otherBalances.body.asOf.position).toBe(response.body.position);
      const brokenBalances = await getAs(testApp, 'treasurer', fund.path('/balances'));
      expectProblem(brokenBalances, {
        status: 503,
        type: 'service-unavailable',
        detail: new RegExp(`position ${foreign.lastPosition} of fund-${FUND_ID} \\(FundRenamed\\)`),
      });
    } finally {
      await testApp.close();
    }
  });
});
