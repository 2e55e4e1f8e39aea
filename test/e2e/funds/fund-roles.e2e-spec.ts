/**
 * Goal: every fund endpoint admits exactly the roles documented for it. Without a token the answer is
 * 401; with a token of any other role it is 403, before the request is validated or anything is read;
 * the admitted roles get past authentication. A jury member may act only as the member in the token.
 * The table below is the documented contract; a test checks that it covers every route of the fund
 * use cases, so a new endpoint cannot go without its role test. A jury member reads only the funds
 * whose jury they sit or sat on; a token that also holds another reading role reads as that role.
 * Roles do not depend on the store, so this file runs on SQLite only.
 */
import { RequestMethod } from '@nestjs/common';
import { SignJWT } from 'jose';
import { METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ROLES, type Role } from '@fund-ledger/config';
import { FundsModule } from '../../../apps/ledger-api/src/funds/funds.module';
import { GetFundHttpController } from '../../../apps/ledger-api/src/read-endpoints/get-fund/get-fund.http.controller';
import { badTokens, bearer, expectProblem, idempotencyKey, type TestApp } from '../support';
import { TEST_JWT_SECRET } from '../support/tokens';
import { FundDriver, juror, jurorSubject, startFundsApp } from './fund-driver';

interface RouteRoles {
  readonly method: 'get' | 'post';
  readonly path: string;
  readonly roles: readonly Role[];
}

const APPLICATION = '/funds/city-fonds/applications/pianos';
const GRANT = '/funds/city-fonds/grants/grant-pianos';
const EVERY_ROLE = ROLES;

const ROUTES: readonly RouteRoles[] = [
  { method: 'post', path: '/funds', roles: ['fund-manager'] },
  { method: 'get', path: '/funds/city-fonds', roles: EVERY_ROLE },
  { method: 'post', path: '/funds/city-fonds/settings', roles: ['fund-manager'] },
  { method: 'post', path: '/funds/city-fonds/closing', roles: ['fund-manager'] },
  { method: 'post', path: '/funds/city-fonds/budgets/2024', roles: ['treasurer'] },
  { method: 'post', path: '/funds/city-fonds/fiscal-years/2024/closing', roles: ['treasurer'] },
  { method: 'post', path: '/funds/city-fonds/contributions/private', roles: ['treasurer'] },
  { method: 'post', path: '/funds/city-fonds/contributions/public', roles: ['treasurer'] },
  { method: 'post', path: '/funds/city-fonds/applications', roles: ['fund-manager'] },
  { method: 'post', path: `${APPLICATION}/incomplete`, roles: ['fund-manager'] },
  { method: 'post', path: `${APPLICATION}/amendments`, roles: ['fund-manager'] },
  { method: 'post', path: `${APPLICATION}/eligibility`, roles: ['fund-manager'] },
  { method: 'post', path: `${APPLICATION}/ineligibility`, roles: ['fund-manager'] },
  { method: 'post', path: `${APPLICATION}/withdrawal`, roles: ['fund-manager'] },
  { method: 'post', path: '/funds/city-fonds/jury/members', roles: ['fund-manager'] },
  { method: 'post', path: '/funds/city-fonds/jury/members/member-01/departure', roles: ['fund-manager'] },
  { method: 'post', path: '/funds/city-fonds/jury/meetings', roles: ['fund-manager'] },
  { method: 'post', path: `${APPLICATION}/agenda`, roles: ['fund-manager'] },
  { method: 'post', path: `${APPLICATION}/attendance`, roles: ['fund-manager'] },
  { method: 'post', path: `${APPLICATION}/conflicts`, roles: ['jury-member'] },
  { method: 'post', path: `${APPLICATION}/votes`, roles: ['jury-member'] },
  { method: 'post', path: `${APPLICATION}/vote-corrections`, roles: ['jury-member'] },
  { method: 'post', path: `${APPLICATION}/vote-closing`, roles: ['fund-manager'] },
  { method: 'post', path: `${APPLICATION}/deferral`, roles: ['fund-manager'] },
  { method: 'post', path: '/funds/city-fonds/grants', roles: ['fund-manager'] },
  { method: 'post', path: `${GRANT}/advances`, roles: ['treasurer'] },
  { method: 'post', path: `${GRANT}/proofs-of-use`, roles: ['fund-manager'] },
  { method: 'post', path: `${GRANT}/proof-acceptance`, roles: ['fund-manager'] },
  { method: 'post', path: `${GRANT}/proof-rejection`, roles: ['fund-manager'] },
  { method: 'post', path: `${GRANT}/payouts`, roles: ['treasurer'] },
  { method: 'post', path: `${GRANT}/closing`, roles: ['fund-manager'] },
  { method: 'post', path: `${GRANT}/expiry`, roles: ['fund-manager'] },
  { method: 'post', path: `${GRANT}/revocation`, roles: ['fund-manager'] },
  { method: 'post', path: `${GRANT}/repayment-demand/order`, roles: ['treasurer'] },
  { method: 'post', path: `${GRANT}/unused-money-interest`, roles: ['fund-manager'] },
  { method: 'post', path: `${GRANT}/repayments`, roles: ['treasurer'] },
  { method: 'post', path: `${GRANT}/payee`, roles: ['fund-manager'] },
  { method: 'post', path: `${GRANT}/certified-payments`, roles: ['fund-manager'] },
  { method: 'post', path: '/funds/city-fonds/payments/payment-1/order', roles: ['treasurer'] },
  {
    method: 'post',
    path: '/funds/city-fonds/payments/payment-1/withdrawal',
    roles: ['treasurer', 'fund-manager'],
  },
  { method: 'post', path: '/funds/city-fonds/payment-exports', roles: ['treasurer'] },
];

/** The route as its controller declares it, with `:param` for each path parameter. */
function templateOf(path: string): string {
  return path
    .replace(/^\/funds\/city-fonds/, '/funds/:fundId')
    .replace('/applications/pianos', '/applications/:applicationId')
    .replace('/grants/grant-pianos', '/grants/:grantId')
    .replace('/members/member-01', '/members/:memberId')
    .replace('/payments/payment-1', '/payments/:paymentId')
    .replace(/\/(budgets|fiscal-years)\/2024/, '/$1/:year');
}

/**
 * Every route the fund use cases declare, read from their controllers' routing metadata: the commands'
 * and GET /funds/:fundId, the read endpoint that shows the fund as its commands see it.
 */
function declaredRoutes(): string[] {
  const commandControllers = Reflect.getMetadata(
    MODULE_METADATA.CONTROLLERS,
    FundsModule,
  ) as (new () => object)[];
  const controllers = [...commandControllers, GetFundHttpController];
  return controllers.flatMap((controller) => {
    const base = String(Reflect.getMetadata(PATH_METADATA, controller));
    return Object.getOwnPropertyNames(controller.prototype)
      .map((name) => Reflect.getOwnPropertyDescriptor(controller.prototype, name)?.value as unknown)
      .filter(
        (handler): handler is object =>
          typeof handler === 'function' && Reflect.hasMetadata(METHOD_METADATA, handler),
      )
      .map((handler) => {
        const method =
          RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod].toLowerCase();
        const path = String(Reflect.getMetadata(PATH_METADATA, handler));
        return `${method} /${[base, path].filter((part) => part !== '' && part !== '/').join('/')}`;
      });
  });
}

function tokenOptionsFor(role: Role): { subject?: string } {
  return role === 'jury-member' ? { subject: jurorSubject('member-01') } : {};
}

describe('Roles of the fund endpoints [sqlite]', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startFundsApp('sqlite');
  });

  afterAll(() => testApp.close());

  function send(route: RouteRoles, authorization?: string) {
    const request = route.method === 'get' ? testApp.http().get(route.path) : testApp.http().post(route.path);
    if (route.method === 'post') request.set('Idempotency-Key', idempotencyKey());
    return authorization === undefined ? request : request.set('Authorization', authorization);
  }

  it('covers every route of the fund use cases', () => {
    const tabled = ROUTES.map((route) => `${route.method} ${templateOf(route.path)}`);
    expect([...tabled].sort()).toEqual(declaredRoutes().sort());
  });

  describe.each(ROUTES)('$method $path', (route) => {
    it('answers 401 without a token and with a forged or expired one', async () => {
      expectProblem(await send(route), { status: 401, type: 'unauthenticated' });
      expectProblem(await send(route, `Bearer ${await badTokens.forged(route.roles[0])}`), {
        status: 401,
        type: 'unauthenticated',
      });
      expectProblem(await send(route, `Bearer ${await badTokens.expired(route.roles[0])}`), {
        status: 401,
        type: 'unauthenticated',
      });
    });

    const refused = EVERY_ROLE.filter((role) => !route.roles.includes(role));
    if (refused.length > 0) {
      it.each(refused)('answers 403 to a %s', async (role) => {
        const response = await send(route, await bearer(role, tokenOptionsFor(role)));
        expectProblem(response, { status: 403, type: 'forbidden' });
      });
    }

    it.each(route.roles)('lets a %s past authentication', async (role) => {
      const response = await send(route, await bearer(role, tokenOptionsFor(role)));
      expect([401, 403]).not.toContain(response.status);
    });
  });

  it('refuses a jury member voting or declaring a conflict as another member, and records nothing', async () => {
    const fund = new FundDriver(testApp, 'city-fonds');
    await fund.openWithPublicMoney();
    await fund.appointJury();
    await fund.applicationOnAgenda('pianos');
    const head = await fund.headPosition();

    const vote = await fund.post(juror('member-01'), `${APPLICATION}/votes`, {
      memberId: 'member-02',
      vote: 'yes',
    });
    expectProblem(vote, {
      status: 403,
      type: 'forbidden',
      field: 'memberId',
      detail: /member-01.*member-02/,
    });
    const conflict = await fund.post(juror('member-01'), `${APPLICATION}/conflicts`, {
      memberId: 'member-03',
      reason: 'Not mine to declare.',
    });
    expectProblem(conflict, { status: 403, type: 'forbidden', field: 'memberId' });
    expect(await fund.headPosition()).toBe(head);
  });

  it('lets a jury member read only the funds whose jury they are on, unless the token holds another reading role', async () => {
    const fund = new FundDriver(testApp, 'jury-scope-fund');
    await fund.openWithPublicMoney();
    await fund.appointJury(['member-01']);
    const read = async (authorization: string) =>
      testApp.http().get('/funds/jury-scope-fund').set('Authorization', authorization);

    expect((await read(await bearer('jury-member', { subject: jurorSubject('member-01') }))).status).toBe(
      200,
    );
    expectProblem(await read(await bearer('jury-member', { subject: 'carol' })), {
      status: 403,
      type: 'forbidden',
      detail: /carol does not sit on the jury of fund jury-scope-fund/,
    });
    for (const roles of [
      ['jury-member', 'council'],
      ['council', 'jury-member'],
    ]) {
      const token = await new SignJWT({ roles, memberId: 'member-99' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('councillor-on-another-jury')
        .setExpirationTime('10m')
        .sign(new TextEncoder().encode(TEST_JWT_SECRET));
      expect((await read(`Bearer ${token}`)).status).toBe(200);
    }
  });
});
