/**
 * Goal: the PDF reads as a document, checked with the tools a reader's computer has (poppler-utils:
 * `pdftotext -layout`, `pdfinfo`, `pdftoppm`), for a pooled and a per-project fund in both languages:
 *
 * - no page ends with a heading (of a section, a table, a chart) or a table's header row, and every word
 *   of every table cell stands whole on the page;
 * - every page's footer prints the whole digest root;
 * - the PDF is tagged: its language, its title shown, headings, tables whose header cells have a scope,
 *   data cells, and figures (both charts and the QR code) with alternative text;
 * - the QR code, printed on a page and scanned back from its pixels, carries the report's verification
 *   code.
 */
import jsQR from 'jsqr';
import type { MatchingModel } from '@fund-ledger/domain';
import { pagesEndingInAHeading, wordsSplitInCells } from '../testing/document-checks';
import {
  pdfInfo,
  pdfLayoutPages,
  pdfPageImage,
  pdfStructureText,
  structureElements,
} from '../testing/pdf-tools';
import { councilYearReport } from '../testing/report-histories';
import { formatReportCode, reportCodeOf } from '../verification/report-code';
import { reportDocument } from './report-document';
import type { ReportDocument } from './report-document.blocks';
import type { ReportLanguage } from './report-labels';
import { renderReportPdf } from './report-pdf';

/** Several poppler runs per case on a busy machine. */
jest.setTimeout(30_000);

/**
 * The table cells the document has, each tagged once: a table's header row (a header repeated on a later
 * page is an artifact), each row's first cell as its header, every other cell as data; facts are tables
 * whose labels head their rows.
 */
function cellsOf(document: ReportDocument) {
  const counts = { tables: 0, columnHeaders: 0, rowHeaders: 0, cells: 0 };
  const blocks = [document.header, ...document.sections.flatMap((section) => section.blocks)];
  for (const block of blocks) {
    if (block.kind === 'facts') {
      counts.tables += 1;
      counts.rowHeaders += block.rows.length;
      counts.cells += block.rows.length;
    } else if (block.kind === 'table' && block.rows.length > 0) {
      const rows = block.rows.length + (block.totals === null ? 0 : 1);
      counts.tables += 1;
      counts.columnHeaders += block.columns.length;
      counts.rowHeaders += rows;
      counts.cells += rows * (block.columns.length - 1);
    }
  }
  return counts;
}

const CASES = (['pooled', 'per-project'] as const).flatMap((model) =>
  (['de', 'en'] as const).map((language) => [model, language] as const),
);

describe.each(CASES)('the PDF of a %s fund (%s)', (model: MatchingModel, language: ReportLanguage) => {
  const report = councilYearReport({
    model,
    seal: { seal: null, statement: 'Not sealed: the log has no seal.' },
  });
  const document = reportDocument(report, language);
  let pdf: Buffer;
  let pages: string[];

  beforeAll(async () => {
    pdf = await renderReportPdf(document);
    pages = await pdfLayoutPages(pdf);
  });

  it('ends no page with a heading or a header row, and splits no word of a table cell', () => {
    expect(pages.length).toBeGreaterThan(4);
    expect(pagesEndingInAHeading(document, pages)).toEqual([]);
    expect(wordsSplitInCells(document, pages)).toEqual([]);
  });

  it('prints the whole digest root and the position in every footer', () => {
    for (const page of pages) {
      expect(page.replace(/\s+/g, ' ')).toContain(document.footerText);
    }
  });

  it('is tagged, in its language, with headings, tables with header cells and figures with alternative text', async () => {
    const info = await pdfInfo(pdf);
    expect(info['Tagged']).toBe('yes');
    expect(info['PDF version']).toBe('1.7');
    expect(pdf.toString('latin1')).toMatch(new RegExp(`/Lang \\(${language}\\)`));
    expect(pdf.toString('latin1')).toContain('/DisplayDocTitle true');
    const elements = structureElements(pdf);
    const count = (type: string, scope?: string) =>
      elements.filter((element) => element.type === type && (scope === undefined || element.scope === scope))
        .length;
    expect(count('H1')).toBe(1);
    expect(count('H2')).toBe(document.sections.length);
    expect({
      tables: count('Table'),
      columnHeaders: count('TH', 'Column'),
      rowHeaders: count('TH', 'Row'),
      cells: count('TD'),
    }).toEqual(cellsOf(document));
    const figures = elements.filter((element) => element.type === 'Figure');
    expect(figures.map((figure) => figure.alt?.slice(0, 12))).toEqual(
      language === 'de'
        ? ['Säulendiagra', 'Liniendiagra', 'QR-Code mit ']
        : ['Bar chart: p', 'Line chart: ', 'QR code with'],
    );
    expect(figures[2].alt).toContain(`root=${report.source.ledgerDigest.root}`);
    const structure = await pdfStructureText(pdf);
    expect(structure).toContain(`"${document.sections[0].title}"`);
    expect(structure.indexOf(document.sections[0].title)).toBeLessThan(
      structure.indexOf(document.sections[1].title),
    );
  });

  it('prints a QR code that scans back to the verification code', async () => {
    const page = pages.findIndex((text) => text.includes(document.labels.integrity.codeTitle)) + 1;
    const image = await pdfPageImage(pdf, page, 150);
    const scanned = jsQR(image.data, image.width, image.height);
    expect(scanned?.data).toBe(formatReportCode(reportCodeOf(report)));
  });
});
