/** A fund's balances as a plain-text table for the terminal: one row per pot and per public funder. */
import { storedValue } from './terminal-text';
import type { FundBalancesReport, PotBalance } from '@fund-ledger/projections';

const COLUMNS: readonly (keyof PotBalance)[] = [
  'received',
  'committed',
  'paid',
  'released',
  'refunded',
  'lapsed',
  'repaymentOutstanding',
  'available',
  'matched',
  'unmatched',
];

const HEADINGS: Readonly<Record<string, string>> = {
  repaymentOutstanding: 'repayment due',
};

function row(label: string, balance: PotBalance): string[] {
  return [label, ...COLUMNS.map((column) => String(balance[column] ?? '-'))];
}

export function balancesAsText(report: FundBalancesReport): string {
  const rows = [
    ['', ...COLUMNS.map((column) => HEADINGS[column] ?? column)],
    row('public pot', report.public),
    row('private pot', report.private),
    ...report.funders.map((funder) =>
      row(`  ${storedValue(funder.name)} (${storedValue(funder.funderId)})`, funder),
    ),
  ];
  const widths = rows[0].map((_, index) => Math.max(...rows.map((cells) => cells[index].length)));
  const lines = rows.map((cells) =>
    cells
      .map((cell, index) => (index === 0 ? cell.padEnd(widths[index]) : cell.padStart(widths[index])))
      .join('  '),
  );
  const last = report.lastEvent;
  const heading =
    `Fund ${storedValue(report.fundId)} (${storedValue(report.name)}), ${report.status}, ${report.matchingModel} matching, ` +
    `public share at most ${report.publicShareMax}; as of position ${last.position} (recorded ${last.recordedAt})`;
  return `${heading}\n${lines.join('\n')}\n`;
}
