/**
 * The building blocks of the report document: cells, tables, fact lists, paragraphs and charts. CSV,
 * HTML and PDF all render these, so the three always show the same content in the same order; only
 * the formatting of a cell differs (spreadsheets get plain numbers).
 */
import type { ReportLabels, ReportLanguage } from './report-labels';
import {
  formatReportAmount,
  formatCount,
  formatReportDate,
  formatReportShare,
  formatSignedAmount,
} from './locale-format';

/**
 * A cell: text as shown, or a typed value each renderer formats for its readers. Amounts are positive
 * wherever their column names their direction; a signed amount (shown with "+" or "−") appears only in
 * a reconciliation, whose lines add up to its last line.
 */
export type Cell =
  | string
  | { readonly amount: string }
  | { readonly signedAmount: string }
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

/** In every row (the totals row included), the amount in `result` is the signed sum of the amounts in `terms`. */
export interface RowIdentity {
  readonly result: number;
  readonly terms: readonly (readonly [column: number, sign: 1 | -1])[];
}

/**
 * What a table's figures add up to, so that a test can check every table of every report: a totals row
 * is the sum of the rows above it in each column of amounts or counts; a reconciliation's last row is
 * the sum of the rows before it; each row identity holds in every row.
 */
export interface TableArithmetic {
  readonly reconciliation: boolean;
  readonly rowIdentities: readonly RowIdentity[];
}

export interface TableBlock {
  readonly kind: 'table';
  readonly title: string | null;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
  /** The sums of the rows' amounts and counts, from the report's own totals. */
  readonly totals: readonly Cell[] | null;
  /** Rows printed in bold, e.g. the closing line of a reconciliation. */
  readonly emphasised: readonly number[];
  readonly emptyText: string;
  /** Said under the table: which date it shows, how its figures add up, why one differs from another. */
  readonly notes: readonly string[];
  readonly arithmetic: TableArithmetic;
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
  /** The chart in words, for readers who do not see it (alternative text). */
  readonly description: string;
  readonly publicLabel: string;
  /** Null where the fund holds no private money (per-project matching): only public bars are drawn. */
  readonly privateLabel: string | null;
  readonly months: readonly { readonly label: string; readonly public: string; readonly private: string }[];
}

export interface CapChartBlock {
  readonly kind: 'cap-chart';
  readonly title: string;
  readonly description: string;
  readonly shareLabel: string;
  readonly capLabel: string;
  readonly points: readonly {
    readonly label: string;
    readonly share: string | null;
    readonly cap: string | null;
  }[];
}

/** A QR code carrying the report's verification code (see `report-code.ts`), with its text beside it. */
export interface VerificationCodeBlock {
  readonly kind: 'verification-code';
  readonly title: string;
  readonly payload: string;
  /** The code in words, for readers who do not see it. */
  readonly description: string;
}

export type Block =
  | FactsBlock
  | TableBlock
  | ParagraphBlock
  | CommandsBlock
  | MoneyInChartBlock
  | CapChartBlock
  | VerificationCodeBlock;

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
  /** Shown in every page footer: the whole digest root and the position. */
  readonly footerText: string;
  /** The PDF's creation date: taken from the report, never from a clock. */
  readonly createdAt: string;
  readonly header: FactsBlock;
  readonly sections: readonly DocumentSection[];
}

export function column(label: string, align: 'left' | 'right' = 'left', weight = 1): Column {
  return { label, align, weight };
}

export interface TableOptions {
  readonly emptyText: string;
  readonly title?: string | null;
  readonly totals?: readonly Cell[] | null;
  readonly emphasised?: readonly number[];
  readonly notes?: readonly string[];
  readonly reconciliation?: boolean;
  readonly rowIdentities?: readonly RowIdentity[];
}

export function table(
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
  options: TableOptions,
): TableBlock {
  return {
    kind: 'table',
    columns,
    rows,
    title: options.title ?? null,
    totals: options.totals ?? null,
    emphasised: options.emphasised ?? [],
    emptyText: options.emptyText,
    notes: options.notes ?? [],
    arithmetic: {
      reconciliation: options.reconciliation ?? false,
      rowIdentities: options.rowIdentities ?? [],
    },
  };
}

/** Cells formatted for reading (HTML and PDF). */
export function displayText(cell: Cell, language: ReportLanguage): string {
  if (typeof cell === 'string') return cell;
  if ('amount' in cell) return formatReportAmount(cell.amount, language);
  if ('signedAmount' in cell) return formatSignedAmount(cell.signedAmount, language);
  if ('count' in cell) return formatCount(cell.count, language);
  if ('share' in cell) return cell.share === null ? '–' : formatReportShare(cell.share, language);
  return formatReportDate(cell.date, language);
}
