/**
 * Where an application stands after its grant notice, from the grant's state and money. Pure, and the
 * only place this is decided: the board's views and the report's outcomes both call it.
 */
import { Money } from '../../money/money';
import type { GrantStatus } from '../fund.state';
import type {
  ApplicationProcessStatus,
  ApplicationStatus,
  GrantedApplicationStatus,
} from './application-status';

/** What a grant's lifecycle status is decided from: amounts are canonical EUR strings. */
export interface GrantLifecycleFacts {
  readonly status: GrantStatus;
  /** The grant as it stands: issued, less recalculations and released commitments. */
  readonly granted: string;
  /** Advances and payouts so far. */
  readonly paid: string;
  /** Everything demanded back (principal and interest) and received so far; null when nothing was demanded. */
  readonly repayment: { readonly due: string; readonly received: string } | null;
}

/**
 * The status the board shows: the decider's own status, and once granted the status the grant's money
 * gives. A withdrawn application stays withdrawn whatever its grant says.
 */
export function applicationStatusOf(
  processStatus: ApplicationProcessStatus,
  grant: GrantLifecycleFacts | null,
): ApplicationStatus {
  if (processStatus !== 'granted' || grant === null) return processStatus;
  return grantedStatusOf(grant);
}

/**
 * A revocation decides before everything else: revoked while nothing is owed back, then repayment due
 * until the outstanding amount is zero, then settled. Otherwise any demand still owed (an overpaid
 * advance, interest on money not used in time) makes a repayment due; then a grant is expired or closed
 * when it says so, and else granted, paid in part or paid by its money: paid when what was paid reaches
 * the grant as it stands.
 */
export function grantedStatusOf(grant: GrantLifecycleFacts): GrantedApplicationStatus {
  const outstanding = outstandingOf(grant);
  if (grant.status === 'revoked') {
    if (grant.repayment === null) return 'revoked';
    return outstanding.isZero() ? 'settled' : 'repayment-due';
  }
  if (outstanding.gt(0)) return 'repayment-due';
  if (grant.status === 'expired') return 'expired';
  if (grant.status === 'closed') return 'closed';
  const paid = new Money(grant.paid);
  if (paid.isZero()) return 'granted';
  return paid.gte(grant.granted) ? 'paid' : 'paid-in-part';
}

function outstandingOf(grant: GrantLifecycleFacts): Money {
  if (grant.repayment === null) return new Money(0);
  return new Money(grant.repayment.due).minus(grant.repayment.received);
}
