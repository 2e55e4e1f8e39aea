/**
 * Goal: the reports over HTTP. The council and auditors get the accountability report in every format
 * (the JSON the same bytes the library builds from the same store), auditors stream the event log of a
 * fund and of the whole ledger as JSON Lines that verify on their own and check the report, and read the
 * ledger digest; every other role gets 403, no token 401; bad queries a 400 and unknown funds a 404.
 */
import type { Response } from 'supertest';
import type { Role } from '@fund-ledger/config';
import { computeLedgerDigest, verifyChains, type RecordedEvent } from '@fund-ledger/event-store';
import {
  buildAccountabilityReport,
  eventFromJsonLine,
  loadReportInput,
  parseAccountabilityReport,
  renderReport,
  reportPeriod,
  verifyReportAgainstLog,
} from '@fund-ledger/reporting';
import {
  appendFundEvents,
  councilYearEvents,
  REPORT_FUND_ID,
} from '@fund-ledger/reporting/testing/report-histories';
import { personOf } from '@fund-ledger/domain/testing';
import { ReportsModule } from '../../../apps/ledger-api/src/reports/reports.module';
import {
  bearer,
  describeEachStore,
  expectProblem,
  startTestApp,
  withBodyBytes,
  type TestApp,
} from '../support';

const REPORT_PATH = `/funds/${REPORT_FUND_ID}/reports/accountability`;
const PERIOD = { from: '2024-01-01', to: '2024-12-31' };

function eventsOfJsonLines(text: string): RecordedEvent[] {
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line, index) => eventFromJsonLine(line, index + 1));
}

async function* asAsync<Item>(items: readonly Item[]): AsyncIterable<Item> {
  yield* items;
}

describeEachStore('reports over HTTP', (store) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ store, imports: [ReportsModule] });
    await appendFundEvents(testApp.eventStore, councilYearEvents());
    await appendFundEvents(testApp.eventStore, councilYearEvents('hoerde'));
  });
  afterAll(() => testApp.close());

  /** A jury member's token is for the person appointed as m1 in the reports' histories. */
  function authorization(role: Role): Promise<string> {
    return bearer(role, role === 'jury-member' ? { subject: personOf('m1').subject } : {});
  }

  async function get(path: string, role: Role | null, query: Record<string, string> = {}): Promise<Response> {
    const request = testApp.http().get(path).query(query);
    return role === null ? request : request.set('Authorization', await authorization(role));
  }

  async function getBytes(path: string, role: Role, query: Record<string, string> = {}): Promise<Buffer> {
    const response = await withBodyBytes(
      testApp
        .http()
        .get(path)
        .query(query)
        .set('Authorization', await authorization(role)),
    );
    expect(response.status).toBe(200);
    return response.body as Buffer;
  }

  it.each(['council', 'auditor'] as const)(
    'gives the %s the JSON report the library builds',
    async (role) => {
      const response = await get(REPORT_PATH, role, PERIOD);
      const body = await getBytes(REPORT_PATH, role, PERIOD);

      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      const input = await loadReportInput(testApp.eventStore, {
        fundId: REPORT_FUND_ID,
        period: reportPeriod(PERIOD.from, PERIOD.to),
      });
      const expected = await renderReport(buildAccountabilityReport(input), 'json', { language: 'de' });
      expect(body.equals(expected)).toBe(true);
    },
  );

  it.each([
    ['pdf', /^application\/pdf/, 'attachment'],
    ['html', /^text\/html/, 'inline'],
    ['csv', /^text\/csv/, 'attachment'],
  ])('renders the report as %s', async (format, mediaType, disposition) => {
    const response = await get(REPORT_PATH, 'council', { ...PERIOD, format, lang: 'en' });

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(mediaType);
    expect(response.headers['content-disposition']).toBe(
      `${disposition}; filename="accountability-${REPORT_FUND_ID}-2024-01-01-2024-12-31.${format}"`,
    );
    const body = await getBytes(REPORT_PATH, 'council', { ...PERIOD, format, lang: 'en' });
    if (format === 'pdf') expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    else expect(body.toString('utf8')).toContain('Verfügungsfonds Dortmund-City');
  });

  it.each(['treasurer', 'fund-manager', 'jury-member'] as const)(
    'refuses the report to a %s',
    async (role) => {
      expectProblem(await get(REPORT_PATH, role, PERIOD), { status: 403, type: 'forbidden' });
    },
  );

  it.each([
    [REPORT_PATH, PERIOD],
    [`/funds/${REPORT_FUND_ID}/export`, {}],
    ['/ledger/export', {}],
    ['/ledger/digest', {}],
  ])('answers %s without a token with 401', async (path, query) => {
    expectProblem(await get(path, null, query), { status: 401, type: 'unauthenticated' });
  });

  it.each([`/funds/${REPORT_FUND_ID}/export`, '/ledger/export', '/ledger/digest'])(
    'keeps %s for auditors',
    async (path) => {
      expectProblem(await get(path, 'council'), { status: 403, type: 'forbidden' });
    },
  );

  it.each([
    [{ from: '2024-01-01' }, 'to', 'validation'],
    [{ ...PERIOD, format: 'xlsx' }, 'format', 'validation'],
    [{ ...PERIOD, lang: 'fr' }, 'lang', 'validation'],
    [{ ...PERIOD, position: '-1' }, 'position', 'validation'],
    [{ from: '2024-02-30', to: '2024-12-31' }, 'from', 'validation'],
    [{ ...PERIOD, position: '999999' }, 'position', 'invalid-input'],
  ])('refuses the query %j naming %s', async (query, field, type) => {
    expectProblem(await get(REPORT_PATH, 'auditor', query), { status: 400, type, field });
  });

  it('refuses a period that ends before it starts', async () => {
    const response = await get(REPORT_PATH, 'auditor', { from: '2024-12-31', to: '2024-01-01' });
    expectProblem(response, { status: 400, type: 'invalid-input', detail: /must not end before it starts/ });
  });

  it('answers 404 for a fund that is not in the log', async () => {
    expectProblem(await get('/funds/no-such-fund/reports/accountability', 'council', PERIOD), {
      status: 404,
      type: 'not-found',
    });
    expectProblem(await get('/funds/no-such-fund/export', 'auditor'), { status: 404, type: 'not-found' });
  });

  it("streams a fund's events as JSON Lines whose chain verifies", async () => {
    const response = await get(`/funds/${REPORT_FUND_ID}/export`, 'auditor');
    const body = await getBytes(`/funds/${REPORT_FUND_ID}/export`, 'auditor');

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const events = eventsOfJsonLines(body.toString('utf8'));
    expect(events).toHaveLength(councilYearEvents().length);
    expect(new Set(events.map((event) => event.streamId))).toEqual(new Set([`fund-${REPORT_FUND_ID}`]));
    expect((await verifyChains(asAsync(events))).ok).toBe(true);
    expect(response.headers['ledger-export-position']).toBe(String(await testApp.eventStore.headPosition()));
  });

  it('exports the whole log up to a position, which checks the report made at that position', async () => {
    const position = String((await testApp.eventStore.headPosition()) - 5);
    const report = await getBytes(REPORT_PATH, 'auditor', { ...PERIOD, position });
    const exported = await getBytes('/ledger/export', 'auditor', { toPosition: position });

    const events = eventsOfJsonLines(exported.toString('utf8'));
    expect(events.at(-1)?.position).toBe(Number(position));
    const verification = await verifyReportAgainstLog(
      parseAccountabilityReport(report.toString('utf8')),
      asAsync(events),
    );
    expect(verification).toMatchObject({ ok: true, problem: null });
  });

  it('gives auditors the ledger digest, now and at a position', async () => {
    const now = await get('/ledger/digest', 'auditor');
    const earlier = await get('/ledger/digest', 'auditor', { position: '10' });

    expect(now.body).toEqual(await computeLedgerDigest(testApp.eventStore));
    expect(earlier.body).toEqual(await computeLedgerDigest(testApp.eventStore, 10));
    expectProblem(await get('/ledger/digest', 'auditor', { position: '99999999' }), {
      status: 400,
      type: 'invalid-input',
      field: 'position',
    });
  });
});
