/**
 * Goal: `GET /funds` lists the funds a caller may see (a jury member only those whose jury they sit
 * or sat on), now and as of a point in time, and `GET /funds/{fundId}/overview` gives a fund's first
 * screen with the same figures as the balances, matching and board queries at the same point.
 */
import { FundDriver, SettableClock, START_OF_TEST } from '../funds/fund-driver';
import { describeEachStore, expectProblem, type TestApp } from '../support';
import { getAs, readAs, startReadModelsApp } from './read-model-client';

interface FundList {
  funds: { fundId: string; name: string; status: string; lastEvent: { position: number } }[];
  asOf: { requested: string | null; effectiveOn: string | null; position: number };
}

describeEachStore('fund list and overview', (store) => {
  let testApp: TestApp;
  let north: FundDriver;
  let positionBeforeSouth: number;
  let listBeforeAnyFund: FundList;

  beforeAll(async () => {
    testApp = await startReadModelsApp(store, new SettableClock(START_OF_TEST));
    listBeforeAnyFund = await readAs<FundList>(testApp, 'council', '/funds');
    north = new FundDriver(testApp, 'north-fund');
    await north.openWithPublicMoney();
    await north.appointJury();
    await north.payableGrant('benches', 'grant-benches');
    await north.applicationOnAgenda('lights');
    positionBeforeSouth = await north.headPosition();
    const south = new FundDriver(testApp, 'south-fund');
    await south.openWithPublicMoney('1000.00');
    await south.appointJury(['member-77']);
  });
  afterAll(() => testApp.close());

  it('answers an empty list before any fund is opened', () => {
    expect(listBeforeAnyFund).toEqual({
      funds: [],
      asOf: { requested: null, effectiveOn: null, position: 0 },
    });
  });

  it('lists every fund in order of its id, with its last event', async () => {
    const list = await readAs<FundList>(testApp, 'treasurer', '/funds');
    expect(list.funds.map((fund) => fund.fundId)).toEqual(['north-fund', 'south-fund']);
    expect(list.funds[0]).toMatchObject({ name: 'City-Fonds', status: 'open', matchingModel: 'per-project' });
    expect(list.asOf).toEqual({ requested: null, effectiveOn: null, position: await north.headPosition() });
  });

  it('lists as of a position only the funds opened by then', async () => {
    const list = await readAs<FundList>(testApp, 'auditor', `/funds?asOf=${positionBeforeSouth}`);
    expect(list.funds.map((fund) => fund.fundId)).toEqual(['north-fund']);
    expect(list.asOf).toEqual({
      requested: String(positionBeforeSouth),
      effectiveOn: null,
      position: positionBeforeSouth,
    });
  });

  it('lists for a jury member only the funds whose jury they are on', async () => {
    const response = await getAs(testApp, 'jury-member', '/funds', 'member-77');
    expect((response.body as FundList).funds.map((fund) => fund.fundId)).toEqual(['south-fund']);
    const stranger = await getAs(testApp, 'jury-member', '/funds', 'member-99');
    expect((stranger.body as FundList).funds).toEqual([]);
  });

  it('refuses an asOf beyond the log, naming asOf', async () => {
    expectProblem(await getAs(testApp, 'council', '/funds?asOf=999999'), {
      status: 400,
      type: 'validation',
      field: 'asOf',
    });
  });

  it('gives the overview with the figures of the balances, matching and board queries', async () => {
    const overview = await readAs<Record<string, unknown>>(testApp, 'council', north.path('/overview'));
    const balances = await readAs<Record<string, unknown>>(testApp, 'council', north.path('/balances'));
    const matching = await readAs<Record<string, unknown>>(testApp, 'council', north.path('/matching'));
    expect(overview['public']).toEqual(balances['public']);
    expect(overview['private']).toEqual(balances['private']);
    expect(overview['matching']).toEqual({
      publicShare: matching['publicShare'],
      withinCap: matching['withinCap'],
      headroom: matching['headroom'],
    });
    expect(overview).toMatchObject({
      fundId: 'north-fund',
      activeJuryMemberCount: 3,
      applications: [
        { status: 'on-agenda', count: 1 },
        { status: 'granted', count: 1 },
      ],
      openAgendaItemCount: 1,
      grantsAwaitingPayoutCount: 1,
      asOf: balances['asOf'],
    });
  });

  it("gives the overview as of a past position, a position inside a command as of the command's end", async () => {
    // Position 3 is the public contribution, 4 its split among the funders: one command, never shown halved.
    const early = await readAs<Record<string, unknown>>(testApp, 'treasurer', north.path('/overview?asOf=3'));
    expect(early).toMatchObject({
      applications: [],
      grantsAwaitingPayoutCount: 0,
      asOf: { requested: '3', position: 4 },
    });
  });

  it('lists the grants due for payout with what is left to pay', async () => {
    const due = await readAs<Record<string, unknown>>(testApp, 'treasurer', north.path('/payouts-due'));
    expect(due['payouts']).toEqual([
      {
        applicationId: 'benches',
        grantId: 'grant-benches',
        title: expect.any(String),
        applicant: expect.any(String),
        issued: '1000.00',
        paid: '0.00',
        toPay: '1000.00',
        provenEligibleCosts: '4200.00',
        proofReference: 'VN-1',
      },
    ]);
    const early = await readAs<Record<string, unknown>>(
      testApp,
      'treasurer',
      north.path('/payouts-due?asOf=3'),
    );
    expect(early['payouts']).toEqual([]);
  });

  it('admits the readers of balances only', async () => {
    expectProblem(await getAs(testApp, 'jury-member', north.path('/overview'), 'member-01'), {
      status: 403,
      type: 'forbidden',
    });
    expectProblem(await getAs(testApp, 'council', '/funds/no-such-fund/overview'), {
      status: 404,
      type: 'not-found',
    });
  });
});
