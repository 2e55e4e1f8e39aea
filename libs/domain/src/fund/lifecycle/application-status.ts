/**
 * Every status an application can have, in the order of its process: the one list the board, its
 * counts, the council report and the web application use. This file imports nothing, so that the web
 * application can share the list itself rather than a copy of it.
 *
 * Up to `granted` the fund's decider tracks the status; after it, the status follows from the grant and
 * its money (`applicationStatusOf`): paid in part, paid, closed, expired, revoked, repayment due,
 * settled. "Expired" is the word grants use; "lapsed" stays the word for money lapsing at year end.
 */
export const APPLICATION_STATUSES = [
  'submitted',
  'incomplete',
  'eligible',
  'ineligible',
  'on-agenda',
  'deferred',
  'approved',
  'rejected',
  'granted',
  'paid-in-part',
  'paid',
  'closed',
  'expired',
  'revoked',
  'repayment-due',
  'settled',
  'withdrawn',
] as const;

export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** The statuses that follow from a grant's state and money, `granted` (nothing paid yet) first. */
export const GRANTED_APPLICATION_STATUSES = [
  'granted',
  'paid-in-part',
  'paid',
  'closed',
  'expired',
  'revoked',
  'repayment-due',
  'settled',
] as const satisfies readonly ApplicationStatus[];

export type GrantedApplicationStatus = (typeof GRANTED_APPLICATION_STATUSES)[number];

/** The statuses the fund's decider tracks from the application's own events. */
export type ApplicationProcessStatus = Exclude<
  ApplicationStatus,
  Exclude<GrantedApplicationStatus, 'granted'>
>;

const GRANTED: readonly string[] = GRANTED_APPLICATION_STATUSES;

export function isGrantedApplicationStatus(status: ApplicationStatus): status is GrantedApplicationStatus {
  return GRANTED.includes(status);
}
