/**
 * The report as CSV for spreadsheets: one block after another (the header facts, then each section's
 * facts and tables), separated by empty lines. German files use ";" and a decimal comma, as German
 * spreadsheet programs expect; English files "," and a decimal point. Amounts carry no grouping and
 * no currency sign so that they arrive as numbers; dates are ISO. A byte order mark tells spreadsheet
 * programs the file is UTF-8.
 */
import { makeControlsVisible, Money } from '@fund-ledger/domain';
import { formatSpreadsheetAmount } from './locale-format';
import type { Block, Cell, ReportDocument } from './report-document.blocks';
import type { ReportLanguage } from './report-labels';

const BYTE_ORDER_MARK = '\ufeff';
const LINE_END = '\r\n';

/**
 * Text that starts like a formula would be run by a spreadsheet program (CSV injection); a leading
 * apostrophe makes it plain text. Names and reasons come from applicants, so this is not hypothetical.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function spreadsheetText(cell: Cell, language: ReportLanguage): string {
  if (typeof cell === 'string') {
    const text = makeControlsVisible(cell, { keepLineBreaks: true });
    return FORMULA_START.test(text) ? `'${text}` : text;
  }
  if ('amount' in cell) return formatSpreadsheetAmount(cell.amount, language);
  if ('signedAmount' in cell) return formatSpreadsheetAmount(cell.signedAmount, language);
  if ('count' in cell) return String(cell.count);
  if ('share' in cell) {
    return cell.share === null
      ? ''
      : new Money(cell.share).toFixed(4).replace('.', language === 'de' ? ',' : '.');
  }
  return cell.date.slice(0, 10);
}

function quoted(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function blockRows(block: Block): Cell[][] {
  switch (block.kind) {
    case 'facts':
      return block.rows.map(([label, value]) => [label, value]);
    case 'table': {
      const rows: Cell[][] = block.title === null ? [] : [[block.title]];
      rows.push(block.columns.map((column) => column.label));
      if (block.rows.length === 0) rows.push([block.emptyText]);
      rows.push(...block.rows.map((row) => [...row]));
      if (block.totals !== null && block.rows.length > 0) rows.push([...block.totals]);
      rows.push(...block.notes.map((note) => [note]));
      return rows;
    }
    case 'paragraph':
      return [[block.text]];
    case 'commands':
      return block.lines.map((line) => [line]);
    case 'verification-code':
      return [[block.title], [block.payload]];
    case 'money-in-chart':
    case 'cap-chart':
      return [];
  }
}

export function renderReportCsv(document: ReportDocument): string {
  const separator = document.language === 'de' ? ';' : ',';
  const line = (cells: readonly Cell[]) =>
    cells.map((cell) => quoted(spreadsheetText(cell, document.language), separator)).join(separator);
  const blocks: string[] = [
    [line([document.title]), line([document.fundName]), line([document.periodText])].join(LINE_END),
    blockRows(document.header).map(line).join(LINE_END),
  ];
  for (const section of document.sections) {
    blocks.push(line([section.title]));
    for (const block of section.blocks) {
      const rows = blockRows(block);
      if (rows.length > 0) blocks.push(rows.map(line).join(LINE_END));
    }
  }
  return `${BYTE_ORDER_MARK}${blocks.join(`${LINE_END}${LINE_END}`)}${LINE_END}`;
}
