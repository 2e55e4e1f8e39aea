/** Small pieces the document's sections share. */
import { Money } from '@fund-ledger/domain';
import type { AccountabilityReport } from '../accountability/accountability-report.model';
import type { DateBasis } from '../accountability/report-dates';
import type { RowIdentity } from './report-document.blocks';
import type { ReportLabels } from './report-labels';

/**
 * Whether the fund holds private money: a pooled fund does; a per-project fund's private half is each
 * applicant's own contribution, which stays with the project, so its tables show public money alone.
 */
export function holdsPrivateMoney(report: AccountabilityReport): boolean {
  return report.fund.settings.matchingModel === 'pooled';
}

export function sum(...amounts: string[]): string {
  return amounts.reduce((total, amount) => total.plus(amount), new Money(0)).toFixed(2);
}

/** The column `result` holds the sum of the columns `parts`, in every row. */
export function sumOfColumns(result: number, parts: readonly number[]): RowIdentity {
  return { result, terms: parts.map((part) => [part, 1] as const) };
}

/** The note that says which date a table shows. */
export function dateNote(labels: ReportLabels, basis: DateBasis): string {
  return labels.dates.note[basis];
}

/** "Total (3)": the label of a totals row that also counts the rows. */
export function countedTotal(labels: ReportLabels, count: number): string {
  return `${labels.total} (${count})`;
}
