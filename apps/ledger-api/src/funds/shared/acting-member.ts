import type { Actor } from '../../auth';
import { ProblemException } from '../../common/problems/problem.exception';

/**
 * The jury member a request acts as: always the member named in the token. A request that names
 * another member is refused with 403, because one member must never vote or declare for another.
 */
export function actingMemberId(actor: Actor, requestedMemberId: string | undefined): string {
  if (actor.memberId === undefined) {
    throw ProblemException.of('forbidden', {
      detail: 'Only a jury member whose token carries a memberId claim may do this',
    });
  }
  if (requestedMemberId !== undefined && requestedMemberId !== actor.memberId) {
    const detail = `The token is for jury member ${actor.memberId}; it cannot act as member ${requestedMemberId}`;
    throw ProblemException.of('forbidden', { detail, errors: [{ field: 'memberId', message: detail }] });
  }
  return actor.memberId;
}
