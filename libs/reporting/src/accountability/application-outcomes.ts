/**
 * The outcomes the report counts applications by, in the order they are listed: along the application
 * process. One definition for the builder, every format and the labels: a status the domain adds must
 * be placed here (the compiler insists), and then each language needs its label. Which outcome an
 * application has is decided by `outcomeOf` alone: an outcome that also reads the grant (paid in part,
 * revoked) belongs there.
 */
import type { ApplicationView } from '@fund-ledger/projections';

export const APPLICATION_OUTCOMES = [
  'submitted',
  'incomplete',
  'eligible',
  'ineligible',
  'on-agenda',
  'deferred',
  'approved',
  'granted',
  'rejected',
  'withdrawn',
] as const satisfies readonly ApplicationView['status'][];

export type ApplicationOutcome = (typeof APPLICATION_OUTCOMES)[number];

/** The outcome an application is counted under; compiles only while every status is listed above. */
export function outcomeOf(view: Pick<ApplicationView, 'status'>): ApplicationOutcome {
  return view.status;
}
