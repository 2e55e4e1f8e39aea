/**
 * Goal: every read-model query admits exactly its roles: without a token it answers 401, with a token
 * of a role it does not admit 403 (both problem+json), and with each admitted role 200. A jury member
 * reads the board only of a fund whose jury they are on.
 */
import { ROLES, type Role } from '@fund-ledger/config';
import { FundDriver, SettableClock, YEAR } from '../funds/fund-driver';
import { expectProblem, type TestApp } from '../support';
import { getAs, startReadModelsApp } from './read-model-client';

const FUND_ID = 'roles-fund';

const ENDPOINTS: readonly { readonly path: string; readonly roles: readonly Role[] }[] = [
  { path: '/balances', roles: ['treasurer', 'fund-manager', 'auditor', 'council'] },
  { path: '/matching', roles: ['treasurer', 'fund-manager', 'auditor', 'council'] },
  { path: '/board', roles: ['treasurer', 'fund-manager', 'auditor', 'council', 'jury-member'] },
  { path: '/ledger/accounts', roles: ['treasurer', 'fund-manager', 'auditor'] },
  { path: '/ledger/accounts/1000/statement', roles: ['treasurer', 'fund-manager', 'auditor'] },
  { path: '/ledger/trial-balance', roles: ['treasurer', 'fund-manager', 'auditor'] },
  { path: '/audit-trail', roles: ['auditor', 'fund-manager'] },
  { path: '/overview', roles: ['treasurer', 'fund-manager', 'auditor', 'council'] },
  { path: '/payouts-due', roles: ['treasurer', 'fund-manager', 'auditor'] },
];

describe('read-model query roles', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startReadModelsApp('sqlite', new SettableClock(`${YEAR}-06-03T09:00:00Z`));
    const fund = new FundDriver(testApp, FUND_ID);
    await fund.openWithPublicMoney();
    await fund.appointJury(['member-01']);
  });
  afterAll(() => testApp.close());

  describe.each(ENDPOINTS)('GET /funds/:fundId$path', ({ path, roles }) => {
    const url = `/funds/${FUND_ID}${path}`;

    test('without a token: 401', async () => {
      expectProblem(await testApp.http().get(url), { status: 401, type: 'unauthenticated' });
    });

    // The board admits every role, so it has no 403 case of a role.
    const refused = ROLES.filter((role) => !roles.includes(role));
    if (refused.length > 0) {
      test.each(refused)('as %s: 403', async (role) => {
        expectProblem(await getAs(testApp, role, url, 'member-01'), { status: 403, type: 'forbidden' });
      });
    }

    test.each(roles)('as %s: 200', async (role) => {
      expect((await getAs(testApp, role, url, 'member-01')).status).toBe(200);
    });
  });

  test("a jury member not on the fund's jury: 403 naming the person", async () => {
    expectProblem(await getAs(testApp, 'jury-member', `/funds/${FUND_ID}/board`, 'member-99'), {
      status: 403,
      type: 'forbidden',
      detail: /jury-member-99 does not sit on the jury of fund roles-fund/,
    });
  });

  test('the projection health route needs no token', async () => {
    const response = await testApp.http().get('/health/projections');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'up', failure: null });
  });
});
