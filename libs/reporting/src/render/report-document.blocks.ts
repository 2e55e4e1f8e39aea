/**
 * The building blocks of the report document: cells, tables, fact lists, paragraphs and charts. CSV,
 * HTML and PDF all render these, so the three always show the same content in the same order; only
 * the formatting of a cell differs (spreadsheets get plain numbers).
 */
import type { ReportLabels, ReportLanguage } from './report-labels';
import { formatAmount, formatCount, formatDate, formatShare } from './locale-format';

/** A cell: text as shown, or a typed value each renderer formats for its readers. */
export type Cell =
  | string
  | { readonly amount: string }
  | { readonly count: number }
  | { readonly share: string | null }
  | { readonly date: string };

export interface Column {
  readonly label: string;
  readonly align: 'left' | 'right';
  /** Relative width in print. */
  readonly weight: number;
}

export interface FactsBlock {
  readonly kind: 'facts';
  readonly rows: readonly (readonly [string, Cell])[];
}

export interface TableBlock {
  readonly kind: 'table';
  readonly title: string | null;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
  readonly totals: readonly Cell[] | null;
  /** Rows printed in bold, e.g. the closing line of a reconciliation. */
  readonly emphasised: readonly number[];
  readonly emptyText: string;
}

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly text: string;
}

export interface CommandsBlock {
  readonly kind: 'commands';
  readonly lines: readonly string[];
}

export interface MoneyInChartBlock {
  readonly kind: 'money-in-chart';
  readonly title: string;
  readonly publicLabel: string;
  readonly privateLabel: string;
  readonly months: readonly { readonly label: string; readonly public: string; readonly private: string }[];
}

export interface CapChartBlock {
  readonly kind: 'cap-chart';
  readonly title: string;
  readonly shareLabel: string;
  readonly capLabel: string;
  readonly points: readonly {
    readonly label: string;
    readonly share: string | null;
    readonly cap: string | null;
  }[];
}

export type Block =
  FactsBlock | TableBlock | ParagraphBlock | CommandsBlock | MoneyInChartBlock | CapChartBlock;

export interface DocumentSection {
  readonly title: string;
  readonly blocks: readonly Block[];
}

export interface ReportDocument {
  readonly language: ReportLanguage;
  readonly labels: ReportLabels;
  readonly title: string;
  readonly fundName: string;
  readonly periodText: string;
  /** Shown in every page footer: the digest (shortened) and the position. */
  readonly footerText: string;
  /** The PDF's creation date: taken from the report, never from a clock. */
  readonly createdAt: string;
  readonly header: FactsBlock;
  readonly sections: readonly DocumentSection[];
}

export function column(label: string, align: 'left' | 'right' = 'left', weight = 1): Column {
  return { label, align, weight };
}

export function table(
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
  options: Partial<Pick<TableBlock, 'title' | 'totals' | 'emphasised' | 'emptyText'>> & { emptyText: string },
): TableBlock {
  return {
    kind: 'table',
    columns,
    rows,
    title: options.title ?? null,
    totals: options.totals ?? null,
    emphasised: options.emphasised ?? [],
    emptyText: options.emptyText,
  };
}

/** Cells formatted for reading (HTML and PDF). */
export function displayText(cell: Cell, language: ReportLanguage): string {
  if (typeof cell === 'string') return cell;
  if ('amount' in cell) return formatAmount(cell.amount, language);
  if ('count' in cell) return formatCount(cell.count, language);
  if ('share' in cell) return cell.share === null ? '–' : formatShare(cell.share, language);
  return formatDate(cell.date, language);
}
