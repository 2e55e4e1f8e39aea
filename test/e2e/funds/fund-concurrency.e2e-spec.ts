/**
 * Goal: money and votes stay right under concurrent requests. Twenty payouts sent at once against one
 * grant never pay more than the grant: every request either pays (201) or is refused (409 when it kept
 * losing the race for the fund's stream, 422 when the grant has no money left), and what the fund shows
 * as paid is exactly what the winners paid. A jury member voting several times at once is counted once.
 */
import { describeEachStore, type TestApp } from '../support';
import { FundDriver, juror, startFundsApp, TREASURER, YEAR } from './fund-driver';

const GRANT_AMOUNT = '1000.00';
const PAYOUT_AMOUNT = '100.00';
const PARALLEL_PAYOUTS = 20;

describeEachStore('Concurrent fund commands', (store) => {
  let testApp: TestApp;
  let fund: FundDriver;

  beforeAll(async () => {
    testApp = await startFundsApp(store);
    await testApp.app.listen(0, '127.0.0.1');
    fund = new FundDriver(testApp, 'busy-fund');
    await fund.openWithPublicMoney();
    await fund.appointJury();
    await fund.payableGrant('pianos', 'grant-1', GRANT_AMOUNT);
    await fund.applicationOnAgenda('benches');
  });

  afterAll(() => testApp.close());

  it(`pays ${PARALLEL_PAYOUTS} parallel payouts of ${PAYOUT_AMOUNT} against a grant of ${GRANT_AMOUNT} without paying more than the grant`, async () => {
    const responses = await Promise.all(
      Array.from({ length: PARALLEL_PAYOUTS }, (_, index) =>
        fund.post(TREASURER, fund.path('/grants/grant-1/payouts'), {
          payoutId: `payout-${index}`,
          amount: PAYOUT_AMOUNT,
          valueDate: `${YEAR}-06-03`,
        }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.every((status) => [201, 409, 422].includes(status))).toBe(true);
    const paidCount = statuses.filter((status) => status === 201).length;
    expect(paidCount).toBeGreaterThan(0);
    expect(paidCount).toBeLessThanOrEqual(10);

    const grant = (await fund.view()).grants.find((candidate) => candidate.grantId === 'grant-1');
    expect(grant?.paid.amount).toBe(`${paidCount * 100}.00`);
    expect(await fund.eventsOfType('PayoutMade')).toHaveLength(paidCount);
  });

  it('counts a member who votes several times at once only once', async () => {
    const votes = await Promise.all(
      ['yes', 'no', 'yes', 'abstain', 'no'].map((vote) =>
        fund.post(juror('member-01'), fund.path('/applications/benches/votes'), { vote }),
      ),
    );
    expect(votes.filter((response) => response.status === 201)).toHaveLength(1);
    expect(votes.every((response) => [201, 409].includes(response.status))).toBe(true);

    const decision = (await fund.view()).applications.find(
      (candidate) => candidate.applicationId === 'benches',
    )?.openDecision;
    expect(decision?.votes.filter((vote) => vote.memberId === 'member-01')).toHaveLength(1);
    const votesOnBenches = (await fund.eventsOfType('VoteCast')).filter(
      (event) => event.data['applicationId'] === 'benches',
    );
    expect(votesOnBenches).toHaveLength(1);
  });
});
