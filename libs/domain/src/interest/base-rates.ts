/**
 * The base rate (Basiszinssatz, § 247 BGB) as dated reference data: the Deutsche Bundesbank sets it on
 * 1 January and 1 July and announces it in the Bundesanzeiger. Each entry holds from its date until the
 * next entry. A new half-year's rate is added here when it is announced; a period after the last
 * half-year listed has no known rate, and interest over it is refused rather than guessed.
 */
export interface BaseRate {
  /** First day the rate holds, YYYY-MM-DD: always 1 January or 1 July. */
  readonly from: string;
  /** Percent per year, decimal string; may be negative. */
  readonly ratePercent: string;
}

export const BASE_RATES: readonly BaseRate[] = [
  { from: '2016-07-01', ratePercent: '-0.88' },
  { from: '2017-01-01', ratePercent: '-0.88' },
  { from: '2017-07-01', ratePercent: '-0.88' },
  { from: '2018-01-01', ratePercent: '-0.88' },
  { from: '2018-07-01', ratePercent: '-0.88' },
  { from: '2019-01-01', ratePercent: '-0.88' },
  { from: '2019-07-01', ratePercent: '-0.88' },
  { from: '2020-01-01', ratePercent: '-0.88' },
  { from: '2020-07-01', ratePercent: '-0.88' },
  { from: '2021-01-01', ratePercent: '-0.88' },
  { from: '2021-07-01', ratePercent: '-0.88' },
  { from: '2022-01-01', ratePercent: '-0.88' },
  { from: '2022-07-01', ratePercent: '-0.88' },
  { from: '2023-01-01', ratePercent: '1.62' },
  { from: '2023-07-01', ratePercent: '3.12' },
  { from: '2024-01-01', ratePercent: '3.62' },
  { from: '2024-07-01', ratePercent: '3.37' },
  { from: '2025-01-01', ratePercent: '2.27' },
  { from: '2025-07-01', ratePercent: '1.27' },
  { from: '2026-01-01', ratePercent: '1.27' },
];
