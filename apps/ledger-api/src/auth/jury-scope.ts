import { ProblemException } from '../common/problems/problem.exception';
import type { Actor } from './actor';

/** The member a request is limited to: set when it acts as a jury member, undefined under any other role. */
export function juryMemberOf(actor: Actor): string | undefined {
  return actor.role === 'jury-member' ? actor.memberId : undefined;
}

/**
 * A jury member reads a fund only when they sit or sat on its jury: its open decisions show how each
 * member voted so far, which is not for the jury members of the city's other funds.
 */
export function assertSatOnJury(
  fundId: string,
  juryMemberIds: readonly string[],
  memberId: string | undefined,
): void {
  if (memberId === undefined || juryMemberIds.includes(memberId)) return;
  const detail = `Jury member ${memberId} has not sat on the jury of fund ${fundId}; a jury member reads only the funds whose jury they sit or sat on`;
  throw ProblemException.of('forbidden', { detail });
}
