/**
 * Goal: the PDF opens as a PDF and carries the report page by page: every page has the running header
 * and a "page x of n" footer, the sections follow in order, names outside the standard fonts' character
 * set are transliterated rather than garbled, and the creation date comes from the report, not a clock.
 * The PDF is written uncompressed here and read with a few lines of JavaScript (no external tool).
 */
import { buildAccountabilityReport } from '../accountability/build-accountability-report';
import { reportPeriod } from '../accountability/report-period';
import { councilYearEvents, digestOf, recordFundEvents, REPORT_FUND_ID } from '../testing/report-histories';
import { reportDocument } from './report-document';
import { renderReportPdf } from './report-pdf';
import type { ReportLanguage } from './report-labels';

const log = recordFundEvents(councilYearEvents());
const digest = digestOf(log);
const report = buildAccountabilityReport({
  fundId: REPORT_FUND_ID,
  period: reportPeriod('2024-01-01', '2024-12-31'),
  events: log,
  position: digest.position,
  ledgerDigest: digest,
});

/** Windows-1252 bytes 0x80 to 0x9f that differ from Latin-1; the standard fonts use this encoding. */
const WINDOWS_1252: Readonly<Record<number, string>> = {
  0x80: '€',
  0x84: '„',
  0x85: '…',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x96: '–',
  0x97: '—',
};

function decodeHex(hex: string): string {
  let text = '';
  for (let index = 0; index + 1 < hex.length; index += 2) {
    const code = parseInt(hex.slice(index, index + 2), 16);
    text += WINDOWS_1252[code] ?? String.fromCharCode(code);
  }
  return text;
}

interface ParsedPdf {
  readonly pageCount: number;
  readonly pages: readonly string[];
  readonly creationDate: string;
}

/** Reads the page tree and each page's content stream of an uncompressed PDF written by pdfkit. */
function parsePdf(pdf: Buffer): ParsedPdf {
  const source = pdf.toString('latin1');
  const objects = new Map<number, string>();
  for (const match of source.matchAll(/(\d+) 0 obj\n([\s\S]*?)\nendobj/g))
    objects.set(Number(match[1]), match[2]);
  const pageTree = [...objects.values()].find((body) => /\/Type \/Pages\b/.test(body)) ?? '';
  const kids = [...(/\/Kids \[([^\]]*)\]/.exec(pageTree)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((kid) =>
    Number(kid[1]),
  );
  const pages = kids.map((kid) => {
    const contents = Number(/\/Contents (\d+) 0 R/.exec(objects.get(kid) ?? '')?.[1]);
    const stream = /stream\n([\s\S]*)\nendstream/.exec(objects.get(contents) ?? '')?.[1] ?? '';
    return [...stream.matchAll(/\[([^\]]*)\] TJ/g)]
      .map((array) => [...array[1].matchAll(/<([0-9a-f]*)>/g)].map((hex) => decodeHex(hex[1])).join(''))
      .join('\n');
  });
  const info = objects.get(Number(/\/Info (\d+) 0 R/.exec(source)?.[1])) ?? '';
  const creationDate = objects.get(Number(/\/CreationDate (\d+) 0 R/.exec(info)?.[1])) ?? '';
  return { pageCount: Number(/\/Count (\d+)/.exec(pageTree)?.[1]), pages, creationDate };
}

async function pdfOf(language: ReportLanguage): Promise<ParsedPdf> {
  const pdf = await renderReportPdf(reportDocument(report, language), { compress: false });
  expect(pdf.subarray(0, 8).toString('latin1')).toMatch(/^%PDF-1\.\d/);
  expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
  return parsePdf(pdf);
}

describe('the accountability report as PDF', () => {
  it('has a running header and a "page x of n" footer on every page', async () => {
    const pdf = await pdfOf('de');

    expect(pdf.pageCount).toBeGreaterThan(2);
    expect(pdf.pages).toHaveLength(pdf.pageCount);
    pdf.pages.forEach((text, index) => {
      expect(text).toContain('Rechenschaftsbericht Verfügungsfonds · Verfügungsfonds Dortmund-City');
      expect(text).toContain('01.01.2024 – 31.12.2024');
      expect(text).toContain(`Seite ${index + 1} von ${pdf.pageCount}`);
      expect(text).toContain(`Ledger-Digest ${digest.root} · Position ${digest.position}`);
    });
  });

  it('carries the title block and every section, in order, across the pages', async () => {
    const pdf = await pdfOf('de');
    const text = pdf.pages.join('\n');

    expect(pdf.pages[0]).toContain('Verfügungsfonds Dortmund-City');
    expect(pdf.pages[0]).toContain('1. Verfügbare Mittel, Bindungen und Rückforderungen');
    const titles = reportDocument(report, 'de').sections.map((section) => section.title);
    const places = titles.map((title) => text.indexOf(title));
    expect(places.every((place) => place >= 0)).toBe(true);
    expect([...places].sort((a, b) => a - b)).toEqual(places);
    expect(pdf.pages.at(-1)).toContain('10. Prüfbarkeit');
    expect(text).toContain('30.000,00');
    expect(text).toContain('npx ledger-cli verify-report --code pruefcode.txt ledger.jsonl');
  });

  it('writes names beyond the standard fonts in their closest letters', async () => {
    const text = (await pdfOf('de')).pages.join('\n');
    expect(text).toContain('Aylin Yilmaz');
    expect(text).toContain('Jörg Schäfer');
  });

  it('takes its creation date from the last event of the fund, and labels pages in English on request', async () => {
    const pdf = await pdfOf('en');
    expect(pdf.creationDate).toBe('(D:20250120100000Z)');
    expect(pdf.pages[0]).toContain(`Page 1 of ${pdf.pageCount}`);
    expect(pdf.pages[0]).toContain('1. Available money, commitments and repayments');
  });
});
