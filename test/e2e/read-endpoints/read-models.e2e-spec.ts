/**
 * Goal: the read-model queries over HTTP, on SQLite and PostgreSQL, for a fund driven through the
 * service's own commands: balances per pot and funder, the matching status, the application board with
 * tallies and conflicts, the general ledger (accounts, statements, a trial balance summing to zero) and
 * the audit trail, now and as of an earlier instant or global position; every command answers only
 * once the read models include it; malformed or unknown inputs get problem+json 400 or 404.
 */
import type { AccountStatementResponse } from '../../../apps/ledger-api/src/read-endpoints/get-account-statement/account-statement.response.dto';
import type { ApplicationBoardResponse } from '../../../apps/ledger-api/src/read-endpoints/get-application-board/application-board.response.dto';
import type { AuditTrailResponse } from '../../../apps/ledger-api/src/read-endpoints/get-audit-trail/audit-trail.response.dto';
import type { FundBalancesResponse } from '../../../apps/ledger-api/src/read-endpoints/get-fund-balances/fund-balances.response.dto';
import type { LedgerAccountsResponse } from '../../../apps/ledger-api/src/read-endpoints/get-ledger-accounts/ledger-accounts.response.dto';
import type { MatchingStatusResponse } from '../../../apps/ledger-api/src/read-endpoints/get-matching-status/matching-status.response.dto';
import type { TrialBalanceResponse } from '../../../apps/ledger-api/src/read-endpoints/get-trial-balance/trial-balance.response.dto';
import { FundDriver, juror, SettableClock, TREASURER, YEAR } from '../funds/fund-driver';
import { describeEachStore, expectProblem, type TestApp } from '../support';
import { getAs, readAs, startReadModelsApp } from './read-model-client';

const FUND_ID = 'city-fonds';
const BEFORE_PAYOUT = `${YEAR}-06-30T23:59:59Z`;

describeEachStore('read-model queries', (store) => {
  let testApp: TestApp;
  let fund: FundDriver;
  let grantPosition: number;

  beforeAll(async () => {
    const clock = new SettableClock(`${YEAR}-06-03T09:00:00Z`);
    testApp = await startReadModelsApp(store, clock);
    fund = new FundDriver(testApp, FUND_ID);
    await fund.openWithPublicMoney('50000.00');
    await fund.appointJury();
    await fund.payableGrant('pianos', 'grant-pianos', '1000.00');
    grantPosition = (await fund.eventsOfType('GrantNoticeIssued'))[0]?.position ?? 0;
    await fund.applicationOnAgenda('lights', { title: 'Winter lighting' });
    await fund.command(juror('member-03'), fund.path('/applications/lights/conflicts'), {
      reason: 'Chairs the applicant association',
    });
    await fund.command(juror('member-01'), fund.path('/applications/lights/votes'), { vote: 'yes' });
    clock.set(`${YEAR}-07-01T10:00:00Z`);
    await fund.command(TREASURER, fund.path('/grants/grant-pianos/payouts'), {
      payoutId: 'payout-pianos',
      amount: '1000.00',
      valueDate: `${YEAR}-07-01`,
    });
  });
  afterAll(() => testApp.close());

  test('a command answers once the read models include it, and says so', async () => {
    const response = await fund.post(TREASURER, fund.path('/contributions/public'), {
      contributionId: 'city-budget-2',
      amount: '100.00',
      valueDate: `${YEAR}-07-01`,
      reference: 'Budget 2024, second instalment',
    });
    expect(response.status).toBe(201);
    expect(response.body.readModels).toEqual({ caughtUp: true, position: response.body.position });
    expect(response.headers['x-projection-position']).toBe(String(response.body.position));
    expect(response.headers['x-projection-lag']).toBeUndefined();
    const balances = await readAs<FundBalancesResponse>(testApp, 'treasurer', fund.path('/balances'));
    expect(balances.public.received).toBe('50100.00');
    expect(balances.asOf).toEqual({ requested: null, effectiveOn: null, position: response.body.position });
  });

  test('balances per pot and funder now, and as of an instant before the payout', async () => {
    const now = await readAs<FundBalancesResponse>(testApp, 'treasurer', fund.path('/balances'));
    expect(now.public).toMatchObject({ granted: '1000.00', committed: '0.00', paid: '1000.00' });
    expect(now.funders.map((funder) => [funder.funderId, funder.paid])).toEqual([
      ['city', '600.00'],
      ['state', '400.00'],
    ]);
    const before = await readAs<FundBalancesResponse>(
      testApp,
      'council',
      fund.path(`/balances?asOf=${encodeURIComponent(BEFORE_PAYOUT)}`),
    );
    expect(before.public).toMatchObject({
      received: '50000.00',
      committed: '1000.00',
      paid: '0.00',
      available: '49000.00',
    });
    expect(before.asOf.requested).toBe(BEFORE_PAYOUT);
  });

  test('as of the global position just before the grant notice, nothing was granted', async () => {
    const path = fund.path(`/balances?asOf=${grantPosition - 1}`);
    const balances = await readAs<FundBalancesResponse>(testApp, 'auditor', path);
    expect(balances.public.granted).toBe('0.00');
    expect(balances.asOf).toEqual({
      requested: String(grantPosition - 1),
      effectiveOn: null,
      position: grantPosition - 1,
    });
  });

  test('matching status per project against the share cap', async () => {
    const matching = await readAs<MatchingStatusResponse>(testApp, 'fund-manager', fund.path('/matching'));
    expect(matching.matchingModel).toBe('per-project');
    expect(matching.projects).toEqual([
      expect.objectContaining({
        applicationId: 'pianos',
        publicSpent: '1000.00',
        publicLimit: '2100.00',
        headroom: '1100.00',
        withinCap: true,
      }),
    ]);
    expect(matching.publicShare).toBe('0.2381');
  });

  test('the board shows decisions with tallies, the open agenda item and the conflict declared', async () => {
    const board = await readAs<ApplicationBoardResponse>(testApp, 'council', fund.path('/board'));
    const [pianos, lights] = board.applications;
    expect(pianos).toMatchObject({
      applicationId: 'pianos',
      status: 'paid',
      grant: { status: 'proof-accepted', paid: { amount: '1000.00' }, committed: { amount: '0.00' } },
    });
    expect(pianos?.decisions[0]).toMatchObject({ outcome: 'approved', tally: { yes: 3, no: 0, abstain: 0 } });
    expect(lights).toMatchObject({
      status: 'on-agenda',
      agenda: { tally: { yes: 1, no: 0, abstain: 0 }, recusedMemberIds: ['member-03'] },
    });
    expect(lights?.conflicts).toEqual([
      expect.objectContaining({ memberId: 'member-03', decisionId: 'decision-lights' }),
    ]);
    expect(board.statusCounts).toEqual({ paid: 1, 'on-agenda': 1 });
    const onAgenda = await getAs(testApp, 'jury-member', fund.path('/board?status=on-agenda'), 'member-01');
    expect(onAgenda.status).toBe(200);
    expect(onAgenda.body.applications.map((entry: { applicationId: string }) => entry.applicationId)).toEqual(
      ['lights'],
    );
  });

  test('the general ledger balances: trial balance zero, the bank holds what came in less what went out', async () => {
    const trialBalance = await readAs<TrialBalanceResponse>(
      testApp,
      'auditor',
      fund.path('/ledger/trial-balance'),
    );
    expect(trialBalance).toMatchObject({ difference: '0.00', balanced: true });
    const accounts = await readAs<LedgerAccountsResponse>(
      testApp,
      'treasurer',
      fund.path('/ledger/accounts'),
    );
    const bank = accounts.accounts.find((account) => account.accountId === '1000');
    expect(bank).toMatchObject({ balance: '49100.00', debitTurnover: '50100.00', creditTurnover: '1000.00' });
    const before = await readAs<TrialBalanceResponse>(
      testApp,
      'auditor',
      fund.path(`/ledger/trial-balance?asOf=${encodeURIComponent(BEFORE_PAYOUT)}`),
    );
    expect(before.accounts.find((account) => account.accountId === '2120.city')).toMatchObject({
      balance: '-600.00',
    });
  });

  test('an account statement lists its postings page by page and ends at its trial-balance figure', async () => {
    const path = fund.path('/ledger/accounts/1000/statement?pageSize=2&page=2');
    const statement = await readAs<AccountStatementResponse>(testApp, 'fund-manager', path);
    expect(statement).toMatchObject({
      total: 3,
      openingBalance: '49000.00',
      closingBalance: '49100.00',
      balance: '49100.00',
    });
    expect(statement.lines.map((line) => [line.eventType, line.side, line.amount])).toEqual([
      ['PublicContributionRecorded', 'debit', '100.00'],
    ]);
    const funderEquity = await readAs<AccountStatementResponse>(
      testApp,
      'auditor',
      fund.path('/ledger/accounts/3120.city/statement'),
    );
    expect(funderEquity.account.name).toBe('Public contributions, funder City of Dortmund');
  });

  test('the audit trail pages through the stored events with actor and metadata', async () => {
    const first = await readAs<AuditTrailResponse>(testApp, 'auditor', fund.path('/audit-trail?pageSize=3'));
    expect(first.hasNextPage).toBe(true);
    expect(first.events.map((event) => event.type)).toEqual([
      'FundOpened',
      'FiscalYearBudgetSet',
      'PublicContributionRecorded',
    ]);
    expect(first.events[0]?.metadata.actor).toEqual({ subject: 'citymanagement', role: 'fund-manager' });
    const upToOpening = await readAs<AuditTrailResponse>(
      testApp,
      'fund-manager',
      fund.path(`/audit-trail?asOf=${first.events[0]?.position}`),
    );
    expect(upToOpening.events).toHaveLength(1);
    expect(upToOpening.hasNextPage).toBe(false);
  });

  test('unknown funds and funds not yet opened at the point in time are 404', async () => {
    expectProblem(await getAs(testApp, 'treasurer', '/funds/no-such-fund/balances'), {
      status: 404,
      type: 'not-found',
      field: 'fundId',
    });
    expectProblem(await getAs(testApp, 'auditor', '/funds/no-such-fund/audit-trail'), {
      status: 404,
      type: 'not-found',
    });
    const beforeOpening = `?asOf=${encodeURIComponent(`${YEAR}-01-01T00:00:00Z`)}`;
    expectProblem(await getAs(testApp, 'council', fund.path(`/board${beforeOpening}`)), {
      status: 404,
      type: 'not-found',
      detail: /as of/,
    });
    expectProblem(await getAs(testApp, 'auditor', fund.path(`/audit-trail${beforeOpening}`)), {
      status: 404,
      type: 'not-found',
      field: 'fundId',
      detail: /as of/,
    });
    expectProblem(await getAs(testApp, 'auditor', fund.path('/ledger/accounts/3120.nosuch/statement')), {
      status: 404,
      type: 'not-found',
      field: 'accountId',
      detail: /public funder nosuch, which fund .* has not had \(its funders: city/,
    });
  });

  test('an asOf the ledger has not reached, or that names no real instant, is refused', async () => {
    const head = await testApp.eventStore.headPosition();
    const refusals: readonly [string, RegExp][] = [
      [`${YEAR}-12-31T00:00:00Z`, /is in the future \(it is now 2024-07-01T10:00:00.000Z\)/],
      [String(head + 1), new RegExp(`beyond the last recorded position, ${head}`)],
      [`${YEAR}-02-30T00:00:00Z`, /must be a global position .* or an instant/],
      [`${YEAR}-01-01T24:00Z`, /must be a global position .* or an instant/],
      ['0003', /must be a global position .* or an instant/],
    ];
    for (const [asOf, detail] of refusals) {
      for (const path of ['/balances', '/ledger/trial-balance', '/audit-trail']) {
        const response = await getAs(
          testApp,
          'auditor',
          fund.path(`${path}?asOf=${encodeURIComponent(asOf)}`),
        );
        expectProblem(response, { status: 400, type: 'validation', field: 'asOf', detail });
      }
    }
    const atHead = await getAs(testApp, 'auditor', fund.path(`/balances?asOf=${head}`));
    expect(atHead.status).toBe(200);
  });

  test('malformed query parameters and unknown accounts are refused with the field named', async () => {
    expectProblem(await getAs(testApp, 'treasurer', fund.path('/balances?asOf=yesterday')), {
      status: 400,
      type: 'validation',
      field: 'asOf',
    });
    expectProblem(await getAs(testApp, 'treasurer', fund.path('/balances?currency=USD')), {
      status: 400,
      type: 'validation',
      field: 'currency',
    });
    expectProblem(await getAs(testApp, 'auditor', fund.path('/audit-trail?pageSize=501')), {
      status: 400,
      type: 'validation',
      field: 'pageSize',
    });
    expectProblem(await getAs(testApp, 'council', fund.path('/board?status=lost')), {
      status: 400,
      type: 'validation',
      field: 'status',
    });
    expectProblem(await getAs(testApp, 'auditor', fund.path('/ledger/accounts/bank/statement')), {
      status: 400,
      type: 'validation',
      field: 'accountId',
    });
    expectProblem(await getAs(testApp, 'auditor', fund.path('/ledger/accounts/9999/statement')), {
      status: 404,
      type: 'not-found',
      field: 'accountId',
    });
  });

  test('effectiveOn cuts by business date, alone and with asOf, and the audit trail shows both dates', async () => {
    // The city's money has the value date 1 February though it was entered on 3 June, with the fund.
    const inMarch = await readAs<FundBalancesResponse>(
      testApp,
      'council',
      fund.path('/balances?effectiveOn=2024-03-01'),
    );
    expect(inMarch.public).toMatchObject({ received: '50000.00', granted: '0.00', paid: '0.00' });
    expect(inMarch.asOf).toMatchObject({ requested: null, effectiveOn: '2024-03-01' });
    const endOfJune = await readAs<FundBalancesResponse>(
      testApp,
      'council',
      fund.path('/balances?effectiveOn=2024-06-30'),
    );
    expect(endOfJune.public).toMatchObject({ granted: '1000.00', committed: '1000.00', paid: '0.00' });
    const knownBeforeTheGrant = await readAs<FundBalancesResponse>(
      testApp,
      'auditor',
      fund.path(`/balances?asOf=${grantPosition - 1}&effectiveOn=2024-06-30`),
    );
    expect(knownBeforeTheGrant.public.granted).toBe('0.00');
    expect(knownBeforeTheGrant.asOf).toEqual({
      requested: String(grantPosition - 1),
      effectiveOn: '2024-06-30',
      position: grantPosition - 1,
    });
    expectProblem(await getAs(testApp, 'council', fund.path('/board?effectiveOn=2024-01-31')), {
      status: 404,
      type: 'not-found',
      detail: /no fund city-fonds as of 2024-01-31 \(business date\)/,
    });
    const trail = await readAs<AuditTrailResponse>(
      testApp,
      'auditor',
      fund.path('/audit-trail?effectiveOn=2024-02-01'),
    );
    const contribution = trail.events.find((event) => event.type === 'PublicContributionRecorded');
    expect(contribution).toMatchObject({ businessDate: '2024-02-01' });
    expect(contribution?.metadata.recordedAt).toMatch(/^2024-06-03T09:00/);
    expect(trail.events.some((event) => event.type === 'GrantNoticeIssued')).toBe(false);
    const payout = (
      await readAs<AuditTrailResponse>(testApp, 'auditor', fund.path('/audit-trail?pageSize=500'))
    ).events.find((event) => event.type === 'PayoutMade');
    expect(payout).toMatchObject({ businessDate: '2024-07-01' });
  });

  test('a malformed effectiveOn is refused, naming the field', async () => {
    for (const effectiveOn of ['2024-02-30', '2024-6-30', '30.06.2024', '2024-06-30T00:00:00Z', '']) {
      for (const path of ['/balances', '/board', '/audit-trail', '/ledger/trial-balance']) {
        const response = await getAs(
          testApp,
          'auditor',
          fund.path(`${path}?effectiveOn=${encodeURIComponent(effectiveOn)}`),
        );
        expectProblem(response, {
          status: 400,
          type: 'validation',
          field: 'effectiveOn',
          detail: /YYYY-MM-DD/,
        });
      }
    }
  });
});
