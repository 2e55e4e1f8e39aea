/**
 * Goal: the report of the demo fund (`npm run demo`), fetched over HTTP as the council gets it, is one to
 * hand to a council: every table adds up on its face (the released commitment of the recalculated winter
 * lighting is a column of its own, the amended application explains why requested amounts differ), each
 * project shows its eligible costs, own contribution, public money and public share, and the PDF in both
 * languages keeps headings and header rows with what follows, splits no word in a cell, is tagged, and
 * carries a QR code that scans back to a code `verify-report --code` accepts with the fund's export.
 */
import jsQR from 'jsqr';
import {
  eventFromJsonLine,
  formatReportCode,
  parseAccountabilityReport,
  parseReportCode,
  reportCodeOf,
  verifyCodeAgainstLog,
  type AccountabilityReport,
} from '@fund-ledger/reporting';
import { reportDocument } from '@fund-ledger/reporting/render/report-document';
import {
  pagesEndingInAHeading,
  tableArithmetic,
  wordsSplitInCells,
} from '@fund-ledger/reporting/testing/document-checks';
import { pdfInfo, pdfLayoutPages, pdfPageImage } from '@fund-ledger/reporting/testing/pdf-tools';
import { localTokenMinter, runDemo } from '../../../apps/ledger-cli/src/demo/dortmund-demo';
import { START_OF_TEST, startFundsApp } from '../funds/fund-driver';
import { bearer, withBodyBytes, type TestApp } from '../support';

/** The demo sends about two hundred requests, and each PDF is read back with poppler several times. */
jest.setTimeout(120_000);

const FUND = 'demo-fund';
const YEAR = START_OF_TEST.slice(0, 4);
const PERIOD = { from: `${YEAR}-01-01`, to: `${YEAR}-12-31` };

async function* asAsync<Item>(items: readonly Item[]): AsyncIterable<Item> {
  yield* items;
}

describe('the report of the demo fund', () => {
  let testApp: TestApp;
  let report: AccountabilityReport;

  async function fetch(
    path: string,
    role: 'council' | 'auditor',
    query: Record<string, string> = {},
  ): Promise<Buffer> {
    const response = await withBodyBytes(
      testApp
        .http()
        .get(path)
        .query(query)
        .set('Authorization', await bearer(role)),
    );
    expect(response.status).toBe(200);
    return response.body as Buffer;
  }

  const reportPath = `/funds/${FUND}/reports/accountability`;

  beforeAll(async () => {
    testApp = await startFundsApp('sqlite');
    await testApp.app.listen(0, '127.0.0.1');
    await runDemo({
      baseUrl: await testApp.app.getUrl(),
      fundId: FUND,
      mintToken: localTokenMinter(testApp.env),
      log: () => undefined,
      today: new Date(START_OF_TEST),
    });
    report = parseAccountabilityReport((await fetch(reportPath, 'council', PERIOD)).toString('utf8'));
  });

  afterAll(() => testApp.close());

  it('adds up: available money, commitments and every list, with the released commitment as its own figure', () => {
    const { balances, grants } = report;
    expect(balances.public).toMatchObject({
      availableAtStart: '0.00',
      received: '90000.00',
      refunded: '1311.12',
      granted: '34400.00',
      released: '100.00',
      availableAtEnd: '57011.12',
      paid: '19300.00',
      openCommitmentsAtEnd: '15000.00',
      repaymentDemanded: '1311.12',
      repaymentOutstandingAtEnd: '0.00',
    });
    expect(grants.totals).toMatchObject({
      amount: '34400.00',
      paidAtEnd: '19300.00',
      releasedAtEnd: '100.00',
      openCommitmentAtEnd: '15000.00',
    });
    expect(grants.issued.find((grant) => grant.grantId === 'grant-winter-lighting')).toMatchObject({
      amount: '5500.00',
      paidAtEnd: '5400.00',
      releasedAtEnd: '100.00',
      openCommitmentAtEnd: '0.00',
    });
    for (const language of ['de', 'en'] as const) {
      expect(tableArithmetic(reportDocument(report, language)).problems).toEqual([]);
    }
  });

  it('explains why the requested amounts of arrival and of the outcomes differ: an amendment', () => {
    const { applications } = report;
    expect(applications).toMatchObject({
      submittedCount: 12,
      submittedRequestedGrant: '50700.00',
      amended: { count: 1 },
      totals: { count: 12, requestedGrant: '50900.00', approvedAmount: '34400.00' },
    });
    const amendedBy =
      Number(applications.amended.requestedGrantAfter) - Number(applications.amended.requestedGrantBefore);
    expect(amendedBy).toBe(200);
    const notes = reportDocument(report, 'en').sections[3].blocks.flatMap((block) =>
      block.kind === 'table' ? block.notes : [],
    );
    expect(notes.join(' ')).toMatch(
      /1 application was amended in the period: requested €[\d,.]+ before, €[\d,.]+ after/,
    );
  });

  it('shows each project matched by its own contribution: eligible costs, own contribution, public money and share', () => {
    const { projects, projectTotals } = report.matching;
    expect(projects).toHaveLength(8);
    expect(projects.find((project) => project.applicationId === 'winter-lighting')).toMatchObject({
      eligibleCosts: '10800.00',
      eligibleCostsProven: true,
      ownContribution: '5500.00',
      publicSpent: '5400.00',
      publicShare: '0.5000',
    });
    expect(projectTotals?.publicSpent).toBe(report.capOverTime.at(-1)?.publicSpent);
    expect(projects.every((project) => project.withinCap)).toBe(true);
  });

  it.each(['de', 'en'] as const)(
    'prints as a tagged document in %s whose QR code checks against the export',
    async (lang) => {
      const pdf = await fetch(reportPath, 'council', { ...PERIOD, format: 'pdf', lang });
      const document = reportDocument(report, lang);
      const pages = await pdfLayoutPages(pdf);
      expect(pagesEndingInAHeading(document, pages)).toEqual([]);
      expect(wordsSplitInCells(document, pages)).toEqual([]);
      expect((await pdfInfo(pdf))['Tagged']).toBe('yes');

      const page = pages.findIndex((text) => text.includes(document.labels.integrity.codeTitle)) + 1;
      const image = await pdfPageImage(pdf, page, 150);
      const scanned = jsQR(image.data, image.width, image.height)?.data ?? '';
      expect(scanned).toBe(formatReportCode(reportCodeOf(report)));

      const exported = (await fetch('/ledger/export', 'auditor')).toString('utf8');
      const events = exported
        .split('\n')
        .filter((line) => line.length > 0)
        .map((line, index) => eventFromJsonLine(line, index + 1));
      const checked = await verifyCodeAgainstLog(parseReportCode(scanned), asAsync(events));
      expect(checked).toMatchObject({ ok: true, problem: null });
      expect(checked.report?.balances).toEqual(report.balances);
    },
  );
});
