/**
 * Goal: bad input to the fund endpoints is refused with a problem+json response that names the field
 * and says what is wrong, and refused requests write nothing: the store's head position is the same
 * after all of them as before. Covers amounts (negative, zero, three decimals, exponent, a JSON
 * number, too large), unknown fields, malformed ids in body and path, choices, dates, text bounds,
 * nested settings, lists, unknown funds and things, and refusals by the fund's rules.
 */
import { expectProblem, describeEachStore, type ExpectedProblem, type TestApp } from '../support';
import {
  applicationBody,
  FUND_MANAGER,
  FundDriver,
  juror,
  PER_PROJECT_SETTINGS,
  startFundsApp,
  TREASURER,
  YEAR,
  type Caller,
} from './fund-driver';

interface BadRequest {
  readonly name: string;
  readonly caller: Caller;
  readonly path: string;
  readonly body?: object;
  readonly expected: ExpectedProblem;
}

const FUND = '/funds/input-fund';
const PAYOUTS = `${FUND}/grants/grant-1/payouts`;
const VOTES = `${FUND}/applications/on-agenda/votes`;
const payout = (overrides: Record<string, unknown>) => ({
  amount: '100.00',
  valueDate: `${YEAR}-06-03`,
  ...overrides,
});
const invalidAmount = (field = 'amount'): ExpectedProblem => ({ status: 400, type: 'validation', field });

const BAD_REQUESTS: readonly BadRequest[] = [
  {
    name: 'a negative amount',
    caller: TREASURER,
    path: PAYOUTS,
    body: payout({ amount: '-100.00' }),
    expected: invalidAmount(),
  },
  {
    name: 'a zero amount',
    caller: TREASURER,
    path: PAYOUTS,
    body: payout({ amount: '0.00' }),
    expected: { ...invalidAmount(), detail: /more than 0\.00/ },
  },
  {
    name: 'three decimals',
    caller: TREASURER,
    path: PAYOUTS,
    body: payout({ amount: '100.005' }),
    expected: { ...invalidAmount(), detail: /two decimals/ },
  },
  {
    name: 'an exponent',
    caller: TREASURER,
    path: PAYOUTS,
    body: payout({ amount: '1e309' }),
    expected: invalidAmount(),
  },
  {
    name: 'a JSON number',
    caller: TREASURER,
    path: PAYOUTS,
    body: payout({ amount: 100 }),
    expected: { ...invalidAmount(), detail: /not a JSON number/ },
  },
  {
    name: 'an amount above the maximum',
    caller: TREASURER,
    path: PAYOUTS,
    body: payout({ amount: '1000000000.01' }),
    expected: invalidAmount(),
  },
  {
    name: 'a thousands separator',
    caller: TREASURER,
    path: PAYOUTS,
    body: payout({ amount: '1,000.00' }),
    expected: invalidAmount(),
  },
  {
    name: 'a missing amount',
    caller: TREASURER,
    path: PAYOUTS,
    body: { valueDate: `${YEAR}-06-03` },
    expected: invalidAmount(),
  },
  {
    name: 'an unknown field',
    caller: TREASURER,
    path: PAYOUTS,
    body: payout({ bonus: '5.00' }),
    expected: { status: 400, type: 'validation', field: 'bonus', detail: /not a field/ },
  },
  {
    name: 'a malformed id in the body',
    caller: TREASURER,
    path: PAYOUTS,
    body: payout({ payoutId: 'pay out/1' }),
    expected: { status: 400, type: 'validation', field: 'payoutId' },
  },
  {
    name: 'a malformed id in the path',
    caller: TREASURER,
    path: `${FUND}/grants/grant$1/payouts`,
    body: payout({}),
    expected: { status: 400, type: 'validation', field: 'grantId' },
  },
  {
    name: 'a malformed fund id',
    caller: TREASURER,
    path: '/funds/-input/budgets/2024',
    body: { publicBudget: '1.00' },
    expected: { status: 400, type: 'validation', field: 'fundId' },
  },
  {
    name: 'a fiscal year out of range',
    caller: TREASURER,
    path: `${FUND}/budgets/1999`,
    body: { publicBudget: '1.00' },
    expected: { status: 400, type: 'validation', field: 'year' },
  },
  {
    name: 'an impossible date',
    caller: TREASURER,
    path: PAYOUTS,
    body: payout({ valueDate: `${YEAR}-02-30` }),
    expected: { status: 400, type: 'validation', field: 'valueDate' },
  },
  {
    name: 'a value date in the future',
    caller: TREASURER,
    path: PAYOUTS,
    body: payout({ valueDate: `${YEAR}-06-04` }),
    expected: { status: 422, type: 'rule-violated', code: 'BUSINESS_DATE.IN_FUTURE', field: 'valueDate' },
  },
  {
    name: 'a value date before the grant notice',
    caller: TREASURER,
    path: PAYOUTS,
    body: payout({ valueDate: `${YEAR}-06-02` }),
    expected: {
      status: 422,
      type: 'rule-violated',
      code: 'BUSINESS_DATE.BEFORE_PREVIOUS',
      field: 'valueDate',
    },
  },
  {
    name: 'a meeting date written the German way',
    caller: FUND_MANAGER,
    path: `${FUND}/applications/on-agenda/vote-closing`,
    body: { approvedAmount: '100.00', meetingDate: '12.03.2024' },
    expected: { status: 400, type: 'validation', field: 'meetingDate', detail: /YYYY-MM-DD/ },
  },
  {
    name: 'a grant notice date as a number',
    caller: FUND_MANAGER,
    path: `${FUND}/grants`,
    body: { applicationId: 'pianos', amount: '1.00', noticeDate: 20240603 },
    expected: { status: 400, type: 'validation', field: 'noticeDate' },
  },
  {
    name: 'a correction note over two lines',
    caller: TREASURER,
    path: PAYOUTS,
    body: payout({ corrects: 'Statement 47\nline two' }),
    expected: { status: 400, type: 'validation', field: 'corrects' },
  },
  {
    name: 'an unknown vote',
    caller: juror('member-01'),
    path: VOTES,
    body: { vote: 'maybe' },
    expected: { status: 400, type: 'validation', field: 'vote', detail: /yes, no, abstain/ },
  },
  {
    name: 'a blank reason',
    caller: FUND_MANAGER,
    path: `${FUND}/applications/on-agenda/deferral`,
    body: { reason: '   ' },
    expected: { status: 400, type: 'validation', field: 'reason' },
  },
  {
    name: 'a reason that is too long',
    caller: FUND_MANAGER,
    path: `${FUND}/applications/on-agenda/deferral`,
    body: { reason: 'x'.repeat(2001) },
    expected: { status: 400, type: 'validation', field: 'reason' },
  },
  {
    name: 'a field on a request without fields',
    caller: FUND_MANAGER,
    path: `${FUND}/grants/grant-1/closing`,
    body: { force: true },
    expected: { status: 400, type: 'validation', field: 'force' },
  },
  {
    name: 'a duplicate member in the attendance',
    caller: FUND_MANAGER,
    path: `${FUND}/applications/on-agenda/attendance`,
    body: { presentMemberIds: ['member-01', 'member-01'] },
    expected: { status: 400, type: 'validation', field: 'presentMemberIds' },
  },
  {
    name: 'a nested setting out of range',
    caller: FUND_MANAGER,
    path: '/funds',
    body: {
      name: 'X',
      area: 'Y',
      settings: {
        ...PER_PROJECT_SETTINGS,
        publicFunders: [{ funderId: 'city', name: 'City', share: '1.5' }],
      },
    },
    expected: { status: 400, type: 'validation', field: 'settings.publicFunders[0].share' },
  },
  {
    name: 'settings that are not an object',
    caller: FUND_MANAGER,
    path: '/funds',
    body: { name: 'X', area: 'Y', settings: 'pooled' },
    expected: { status: 400, type: 'validation', field: 'settings' },
  },
  {
    name: 'a nested unknown field',
    caller: FUND_MANAGER,
    path: `${FUND}/applications`,
    body: applicationBody({ applicant: { name: 'A', kind: 'club', vatId: 'DE1' } }),
    expected: { status: 400, type: 'validation', field: 'applicant.vatId' },
  },
  {
    name: 'a body that is not an object',
    caller: TREASURER,
    path: PAYOUTS,
    body: ['100.00'],
    expected: { status: 400, type: 'validation', field: 'body' },
  },
  {
    name: 'an unknown fund',
    caller: TREASURER,
    path: '/funds/no-such-fund/grants/grant-1/payouts',
    body: payout({}),
    expected: { status: 404, type: 'not-found', code: 'FUND.NOT_OPEN', field: 'fundId' },
  },
  {
    name: 'an unknown grant',
    caller: TREASURER,
    path: `${FUND}/grants/no-such-grant/payouts`,
    body: payout({}),
    expected: { status: 404, type: 'not-found', code: 'GRANT.NOT_FOUND', field: 'grantId' },
  },
  {
    name: 'a payout above the grant',
    caller: TREASURER,
    path: PAYOUTS,
    body: payout({ amount: '1000.01' }),
    expected: { status: 422, type: 'rule-violated', code: 'PAYOUT.EXCEEDS_GRANT', field: 'amount' },
  },
  {
    name: 'a fund opened twice',
    caller: FUND_MANAGER,
    path: '/funds',
    body: { fundId: 'input-fund', name: 'X', area: 'Y', settings: PER_PROJECT_SETTINGS },
    expected: { status: 409, type: 'conflict', code: 'FUND.ALREADY_OPEN' },
  },
  {
    name: 'a vote from a person not appointed to the jury',
    caller: juror('member-09'),
    path: VOTES,
    body: { vote: 'yes' },
    expected: { status: 403, type: 'forbidden', code: 'JURY.NOT_APPOINTED' },
  },
];

describeEachStore('Bad input to the fund endpoints', (store) => {
  let testApp: TestApp;
  let fund: FundDriver;
  let headBefore: number;

  beforeAll(async () => {
    testApp = await startFundsApp(store);
    fund = new FundDriver(testApp, 'input-fund');
    await fund.openWithPublicMoney();
    await fund.appointJury();
    await fund.payableGrant('pianos', 'grant-1');
    await fund.applicationOnAgenda('on-agenda');
    headBefore = await fund.headPosition();
  });

  afterAll(() => testApp.close());

  it.each(BAD_REQUESTS)('refuses $name with a problem naming what is wrong', async (bad) => {
    const response = await fund.post(bad.caller, bad.path, bad.body);
    expectProblem(response, bad.expected);
  });

  it('has written nothing for any of the refused requests', async () => {
    expect(await fund.headPosition()).toBe(headBefore);
  });
});
