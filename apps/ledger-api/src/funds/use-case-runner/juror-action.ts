import type { PersonIdentity } from '@fund-ledger/domain';
import { personOf, type Actor } from '../../auth';

/**
 * The fields of a command a jury member makes in person: the person of the token and, when the
 * request names one, the seat. The fund's decider checks that the seat is that person's own in this
 * fund, so one member never acts for another and a member id alone grants nothing.
 */
export function jurorAction(
  actor: Actor,
  memberId: string | undefined,
): { readonly juror: PersonIdentity; readonly memberId?: string } {
  return { juror: personOf(actor), ...(memberId !== undefined ? { memberId } : {}) };
}
