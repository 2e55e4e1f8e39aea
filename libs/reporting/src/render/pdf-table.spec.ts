/**
 * Goal: a PDF table's columns are wide enough for the longest word of each of them, so no word is ever
 * split inside a cell: the widths keep every column at its widest word, share the rest by weight, and
 * fill the table's width exactly; a narrow column of long words takes its room from the others.
 */
import { wordsSplitInCells } from '../testing/document-checks';
import { pdfLayoutPages } from '../testing/pdf-tools';
import { councilYearReport } from '../testing/report-histories';
import { columnWidths } from './pdf-table';
import { column, table, type ReportDocument } from './report-document.blocks';
import { reportDocument } from './report-document';
import { renderReportPdf } from './report-pdf';

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

describe('the columns of a PDF table', () => {
  it('share the width by weight when every column is wider than its widest word', () => {
    const widths = columnWidths([2, 1, 1], [20, 20, 20], 400);
    expect(widths).toEqual([200, 100, 100]);
  });

  it('keep a column at its widest word and share what is left among the others by weight', () => {
    const widths = columnWidths([3, 1, 1, 1], [30, 150, 30, 30], 500);
    expect(widths[1]).toBe(150);
    expect(sum(widths)).toBeCloseTo(500, 9);
    expect(widths[0] / widths[2]).toBeCloseTo(3, 9);
    expect(widths[2]).toBeCloseTo(widths[3], 9);
  });

  it('keep every column that needs it at its widest word, however many there are', () => {
    const widths = columnWidths([4, 1, 1, 1, 1], [40, 90, 90, 20, 20], 400);
    expect(widths.slice(1, 3)).toEqual([90, 90]);
    expect(sum(widths)).toBeCloseTo(400, 9);
    widths.forEach((width, index) => expect(width).toBeGreaterThanOrEqual([40, 90, 90, 20, 20][index]));
  });

  it('fall back to the weights only when the widest words together are wider than the table', () => {
    expect(columnWidths([1, 3], [300, 300], 400)).toEqual([100, 300]);
  });

  it('print long words in a narrow column whole', async () => {
    const sample = reportDocument(councilYearReport(), 'de');
    const narrow = table(
      [
        column('Abstimmungsergebnis', 'left', 0.2),
        column('Beschreibung', 'left', 6),
        column('Zuwendungsempfänger', 'left', 0.2),
      ],
      [
        [
          'Einstimmigkeit',
          'Eine ganz gewöhnliche Beschreibung mit vielen kurzen Wörtern',
          'Nachbarschaftsinitiative',
        ],
      ],
      { emptyText: '–', title: 'Schmale Spalten' },
    );
    const document: ReportDocument = {
      ...sample,
      sections: [{ title: '1. Schmale Spalten', blocks: [narrow] }],
    };
    const pages = await pdfLayoutPages(await renderReportPdf(document));
    expect(pages.join('\n')).toContain('Abstimmungsergebnis');
    expect(wordsSplitInCells(document, pages)).toEqual([]);
  });
});
