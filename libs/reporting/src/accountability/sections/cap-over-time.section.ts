/**
 * The public share of money spent against the fund's cap, at the end of every month of the period,
 * taken from the projections' matching status as it stood at that moment.
 */
import { matchingStatusReport, ZERO_AMOUNT } from '@fund-ledger/projections';
import type { CapPoint } from '../accountability-report.model';
import type { FundSnapshot } from '../fund-fold';

export function capPointAt(date: string, state: Pick<FundSnapshot, 'summary' | 'applications'>): CapPoint {
  if (state.summary === null) {
    return {
      date,
      publicSpent: ZERO_AMOUNT,
      privateSpent: ZERO_AMOUNT,
      publicShare: null,
      publicShareMax: null,
      withinCap: true,
      headroom: ZERO_AMOUNT,
    };
  }
  const status = matchingStatusReport(state.summary, [...state.applications.values()]);
  return {
    date,
    publicSpent: status.spent.public,
    privateSpent: status.spent.private,
    publicShare: status.publicShare,
    publicShareMax: status.publicShareMax,
    withinCap: status.withinCap,
    headroom: status.headroom,
  };
}
