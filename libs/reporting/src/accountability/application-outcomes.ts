/**
 * The outcomes the report counts applications by, in the order they are listed: the lifecycle's own
 * status list, along the application process to its end (paid in part, paid, closed, expired, revoked,
 * repayment due, settled). A status the domain adds appears here at once, and then each language needs
 * its label (the compiler insists). Which outcome an application has is its board status: the domain
 * decides it from the grant's state and money, for the board and the report alike.
 */
import { APPLICATION_STATUSES, type ApplicationStatus } from '@fund-ledger/domain';
import type { ApplicationView } from '@fund-ledger/projections';

export const APPLICATION_OUTCOMES: readonly ApplicationStatus[] = APPLICATION_STATUSES;

export type ApplicationOutcome = ApplicationStatus;

/** The outcome an application is counted under. */
export function outcomeOf(view: Pick<ApplicationView, 'status'>): ApplicationOutcome {
  return view.status;
}
