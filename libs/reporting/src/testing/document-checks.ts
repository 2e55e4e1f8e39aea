/**
 * Checks of a rendered report that hold for every report, for tests: every table of the document adds
 * up as it says (totals, reconciliations, row identities), and the PDF's pages, read back as text, end
 * neither with a heading nor with a table's header row, and show every word of every cell whole.
 */
import { Money } from '@fund-ledger/domain';
import { pdfText } from '../render/pdf-text';
import {
  displayText,
  type Cell,
  type ReportDocument,
  type TableBlock,
} from '../render/report-document.blocks';

/** The amount or count in a cell; a dash or an empty cell is nothing, any other text is not a number. */
function valueOf(cell: Cell | undefined): Money | null | 'text' {
  if (cell === undefined || typeof cell === 'string')
    return cell === undefined || /^[–-]?$/.test(cell) ? null : 'text';
  if ('amount' in cell) return new Money(cell.amount);
  if ('signedAmount' in cell) return new Money(cell.signedAmount);
  if ('count' in cell) return new Money(cell.count);
  return 'text';
}

function sumOf(cells: readonly (Cell | undefined)[]): Money {
  return cells.reduce((total: Money, cell) => {
    const value = valueOf(cell);
    return value instanceof Money ? total.plus(value) : total;
  }, new Money(0));
}

export interface ArithmeticCheck {
  /** How many sums and identities were checked. */
  readonly checked: number;
  /** Each one that does not hold, as a sentence naming the table, the row and the column. */
  readonly problems: readonly string[];
}

/** Checks every table of the document against what its arithmetic says. */
export function tableArithmetic(document: ReportDocument): ArithmeticCheck {
  let checked = 0;
  const problems: string[] = [];
  const expectEqual = (actual: Money, expected: Money, where: string) => {
    checked += 1;
    if (!actual.equals(expected))
      problems.push(`${where}: ${actual.toFixed(2)} instead of ${expected.toFixed(2)}`);
  };
  for (const section of document.sections) {
    for (const block of section.blocks) {
      if (block.kind !== 'table' || block.rows.length === 0) continue;
      const name = `${section.title} / ${block.title ?? block.columns[0].label}`;
      checkTable(block, name, expectEqual);
    }
  }
  return { checked, problems };
}

function checkTable(
  block: TableBlock,
  name: string,
  expectEqual: (actual: Money, expected: Money, where: string) => void,
): void {
  const { rows, totals, arithmetic, columns } = block;
  if (totals !== null) {
    totals.forEach((cell, column) => {
      const total = valueOf(cell);
      if (!(total instanceof Money)) return;
      expectEqual(
        sumOf(rows.map((row) => row[column])),
        total,
        `${name}: total of "${columns[column].label}"`,
      );
    });
  }
  if (arithmetic.reconciliation) {
    const last = rows.length - 1;
    columns.forEach((column, index) => {
      const closing = valueOf(rows[last][index]);
      if (!(closing instanceof Money)) return;
      expectEqual(
        sumOf(rows.slice(0, last).map((row) => row[index])),
        closing,
        `${name}: "${column.label}" reconciled`,
      );
    });
  }
  const allRows = totals === null ? rows : [...rows, totals];
  for (const identity of arithmetic.rowIdentities) {
    allRows.forEach((row, rowIndex) => {
      const result = valueOf(row[identity.result]);
      if (!(result instanceof Money)) return;
      const terms = identity.terms.reduce((total: Money, [column, sign]) => {
        const value = valueOf(row[column]);
        return value instanceof Money ? total.plus(value.times(sign)) : total;
      }, new Money(0));
      expectEqual(terms, result, `${name}: row ${rowIndex + 1}, "${columns[identity.result].label}"`);
    });
  }
}

/** Text as pdftotext gives it back: the PDF's characters, no-break spaces as spaces, runs of blanks as one. */
function normalised(text: string): string {
  return pdfText(text)
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const PAGE_FOOTER = /(Seite|Page) \d+ (von|of) \d+\s*$/;

/** The last line of each page above its footer. */
function lastContentLines(pages: readonly string[]): string[] {
  return pages.map((page) => {
    const lines = page
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
    const footer = lines.findIndex((line) => PAGE_FOOTER.test(line));
    return normalised(lines[(footer === -1 ? lines.length : footer) - 1] ?? '');
  });
}

/**
 * Pages whose last line above the footer is a heading (a section's, a table's, a chart's) or a line of
 * a table's header row: those would stand alone, away from what they head.
 */
export function pagesEndingInAHeading(document: ReportDocument, pages: readonly string[]): string[] {
  const headings = new Set<string>();
  const headerWords: Set<string>[] = [];
  for (const section of document.sections) {
    headings.add(normalised(section.title));
    for (const block of section.blocks) {
      if (block.kind === 'table') {
        if (block.title !== null) headings.add(normalised(block.title));
        headerWords.push(new Set(block.columns.flatMap((column) => normalised(column.label).split(' '))));
      } else if (
        block.kind === 'money-in-chart' ||
        block.kind === 'cap-chart' ||
        block.kind === 'verification-code'
      ) {
        headings.add(normalised(block.title));
      }
    }
  }
  const isHeaderLine = (line: string) => {
    const words = line.split(' ');
    return headerWords.some((header) => words.every((word) => header.has(word)));
  };
  return lastContentLines(pages).flatMap((line, index) =>
    headings.has(line) || (line.length > 0 && isHeaderLine(line))
      ? [`page ${index + 1} ends with "${line}"`]
      : [],
  );
}

/** Words of table cells that do not appear whole anywhere in the PDF's text: split across lines in a cell. */
export function wordsSplitInCells(document: ReportDocument, pages: readonly string[]): string[] {
  const text = normalised(pages.join('\n'));
  const missing = new Set<string>();
  for (const section of document.sections) {
    for (const block of section.blocks) {
      if (block.kind !== 'table') continue;
      const cells = [
        ...block.columns.map((column) => column.label),
        ...block.rows.flat(),
        ...(block.totals ?? []),
      ];
      for (const cell of cells) {
        for (const word of normalised(displayText(cell, document.language)).split(' ')) {
          if (word.length > 1 && !text.includes(word)) missing.add(word);
        }
      }
    }
  }
  return [...missing];
}
