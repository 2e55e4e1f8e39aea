/**
 * Which date each part of the report goes by, in one place. Events enter a period by the day they were
 * recorded (ADR 0011); each table then shows the kind of date named here, and says which. The report
 * carries this list (`dates`), so a reader of the JSON knows it too. When events carry more business
 * dates (the day money was booked by the bank, the day a grant notice was dated), a part changes its
 * basis here and every format shows and names the new date.
 */

/**
 * - `recorded`: when the event was recorded in the ledger;
 * - `value-date`: the bank's booking date entered with the payment;
 * - `meeting-date`: the date of the jury meeting the decision was taken at.
 */
export const DATE_BASES = ['recorded', 'value-date', 'meeting-date'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

export const REPORT_DATES = {
  /** Which events belong to the period. */
  period: 'recorded',
  moneyInByMonth: 'recorded',
  capOverTime: 'recorded',
  decisions: 'meeting-date',
  grants: 'recorded',
  payouts: 'value-date',
  openCommitments: 'recorded',
  revocations: 'recorded',
} as const satisfies Record<string, DateBasis>;

export type ReportPart = keyof typeof REPORT_DATES;
export type ReportDates = { readonly [Part in ReportPart]: DateBasis };
