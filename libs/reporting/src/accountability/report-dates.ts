/**
 * Which date each part of the report goes by, in one place. Events enter a period by their business
 * date (ADR 0019): the day they happened, or for an event without one the day it was recorded (never
 * later than what followed from it). Each table then shows the kind of date named here, and says
 * which. The report carries this list (`dates`), so a reader of the JSON knows it too.
 */

/**
 * - `recorded`: when the event was recorded in the ledger;
 * - `business-date`: the day it happened (value date, meeting, notice, receipt), else the day recorded;
 * - `value-date`: the bank's booking date entered with the payment;
 * - `meeting-date`: the date of the jury meeting the decision was taken at;
 * - `notice-date`: the date of the notice (grant notice, revocation).
 */
export const DATE_BASES = ['recorded', 'business-date', 'value-date', 'meeting-date', 'notice-date'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

export const REPORT_DATES = {
  /** Which events belong to the period. */
  period: 'business-date',
  moneyInByMonth: 'value-date',
  capOverTime: 'business-date',
  decisions: 'meeting-date',
  grants: 'notice-date',
  payouts: 'value-date',
  openCommitments: 'notice-date',
  revocations: 'notice-date',
} as const satisfies Record<string, DateBasis>;

export type ReportPart = keyof typeof REPORT_DATES;
export type ReportDates = { readonly [Part in ReportPart]: DateBasis };
