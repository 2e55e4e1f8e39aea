/**
 * Goal: `npm run demo` fills a fresh service with the Dortmund-style city fund through the API, the
 * figures come out as the story tells them, and running it a second time records nothing new (every
 * request carries a fixed Idempotency-Key, so the service replays its first answers).
 */
import {
  localTokenMinter,
  pooledFundIdOf,
  runDemo,
  whatToLookAt,
} from '../../../apps/ledger-cli/src/demo/dortmund-demo';
import Decimal from 'decimal.js';
import type { FundResponse } from '../../../apps/ledger-api/src/read-endpoints/get-fund/get-fund.response.dto';
import type { TestApp } from '../support';
import { FundDriver, START_OF_TEST, startFundsApp } from './fund-driver';

/** The demo sends about two hundred requests; on a busy machine that takes longer than jest's default 5 s. */
jest.setTimeout(60_000);

describe('The demo filler [sqlite]', () => {
  let testApp: TestApp;
  let baseUrl: string;
  let fund: FundDriver;

  beforeAll(async () => {
    testApp = await startFundsApp('sqlite');
    await testApp.app.listen(0, '127.0.0.1');
    baseUrl = await testApp.app.getUrl();
    fund = new FundDriver(testApp, 'demo-fund');
  });

  afterAll(() => testApp.close());

  /** The day the service's clock shows, so the demo's dates and the service's agree. */
  const today = new Date(START_OF_TEST);
  const demo = (log: (line: string) => void) =>
    runDemo({ baseUrl, fundId: 'demo-fund', mintToken: localTokenMinter(testApp.env), log, today });

  it('tells what it did and fills the fund through the API', async () => {
    const lines: string[] = [];
    const summary = await demo((line) => lines.push(line));
    expect(summary).toMatchObject({ fundId: 'demo-fund', applications: 12, grants: 9, payouts: 7 });
    expect(lines.join('\n')).toMatch(/conflict of interest[\s\S]*Revoked the light banner grant/);
    expect(whatToLookAt(baseUrl, 'demo-fund').join('\n')).toContain(`${baseUrl}/funds/demo-fund`);
  });

  it('records the story’s own dates: decisions on their meeting days, notices and payments on theirs', async () => {
    const meetingDates = (await fund.eventsOfType('JuryVoteClosed')).map(
      (event) => event.data['meetingDate'],
    );
    expect(new Set(meetingDates)).toEqual(new Set(['2024-03-12', '2024-06-03']));
    const [deferral] = await fund.eventsOfType('ApplicationDeferred');
    expect(deferral?.data['meetingDate']).toBe('2024-06-03');
    const notices = await fund.eventsOfType('GrantNoticeIssued');
    expect(
      notices.find((event) => event.data['applicationId'] === 'pianos-in-public-space')?.data,
    ).toMatchObject({
      noticeDate: '2024-03-20',
      fiscalYear: 2024,
    });
    const [revocation] = await fund.eventsOfType('GrantRevoked');
    expect(revocation?.data['noticeDate']).toBe('2024-06-02');
    const advances = await fund.eventsOfType('AdvancePaid');
    expect(advances.map((event) => event.data['valueDate'])).toContain('2024-04-02');
    for (const event of [...notices, ...advances]) expect(event.metadata.recordedAt).toMatch(/^2024-06-03/);
  });

  it('leaves the figures of the story: public money, commitments, payouts and the clawback', async () => {
    const view: FundResponse = await fund.view();
    expect(view.juryMembers).toHaveLength(11);
    expect(view.publicPot).toEqual({
      received: '90000.00',
      committed: '15000.00',
      paid: '19300.00',
      refunded: '1311.12',
      lapsed: '0.00',
    });
    const statuses = view.applications.map((application) => application.status);
    expect(statuses.sort()).toEqual([
      'closed',
      'closed',
      'closed',
      'closed',
      'deferred',
      'granted',
      'granted',
      'granted',
      'paid-in-part',
      'rejected',
      'settled',
      'withdrawn',
    ]);
    const benches = view.applications.find(
      (application) => application.applicationId === 'benches-alter-markt',
    );
    expect(benches?.recusedMemberIds).toEqual(['member-02']);
    const winterLighting = view.grants.find((grant) => grant.grantId === 'grant-winter-lighting');
    expect(winterLighting).toMatchObject({ status: 'closed', paid: { amount: '5400.00' } });
  });

  it("plays the city's pooled fund, fed half by public and half by private money, to settled repayments and a closed year", async () => {
    const pooled = await new FundDriver(testApp, pooledFundIdOf('demo-fund')).view();
    expect(pooled.settings.matchingModel).toBe('pooled');
    expect(pooled.publicPot).toMatchObject({ received: '20000.00', paid: '4000.00' });
    expect(pooled.privatePot).toMatchObject({ received: '20000.00', paid: '4000.00' });
    // 2,000.00 EUR back with 6 % from 1 July to the notice of 1 August (10.19) and on the 1,010.19 EUR
    // still owed from then to 1 October (10.13), demanded when that money arrived.
    expect(new Decimal(pooled.publicPot.refunded).plus(pooled.privatePot.refunded).toFixed(2)).toBe(
      '2020.32',
    );
    expect(
      Object.fromEntries(
        pooled.applications.map((application) => [application.applicationId, application.status]),
      ),
    ).toEqual({ 'seating-islands-friedensplatz': 'closed', 'summer-lights-kleppingstrasse': 'settled' });
    expect(pooled.fiscalYears.find((year) => year.fiscalYear === 2023)).toMatchObject({ closed: true });
  });

  it('records nothing new when run a second time', async () => {
    const head = await fund.headPosition();
    await demo(() => undefined);
    expect(await fund.headPosition()).toBe(head);
  });
});
