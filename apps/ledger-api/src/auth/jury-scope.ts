import { isSeatOf, type PersonIdentity, type SeatHolder } from '@fund-ledger/domain';
import { ProblemException } from '../common/problems/problem.exception';
import type { Actor } from './actor';

/** The person a request acts as: the token's subject and issuer. */
export function personOf(actor: Actor): PersonIdentity {
  return actor.issuer === undefined
    ? { subject: actor.subject }
    : { subject: actor.subject, issuer: actor.issuer };
}

/** The juror a read is limited to: set when the request acts as a jury member, undefined under any other role. */
export function jurorOf(actor: Actor): PersonIdentity | undefined {
  return actor.role === 'jury-member' ? personOf(actor) : undefined;
}

/**
 * A jury member reads a fund only while they sit on its jury: its open decisions show how each member
 * voted so far, which is not for the jury members of the city's other funds, nor for a member who was
 * removed. The seat is the one recorded for the token's person in this fund; member ids mean nothing
 * across funds.
 */
export function assertSitsOnJury(
  fundId: string,
  seats: Iterable<SeatHolder & { readonly active: boolean }>,
  juror: PersonIdentity | undefined,
): void {
  if (sitsOnJury(seats, juror)) return;
  const detail = `${juror?.subject ?? ''} does not sit on the jury of fund ${fundId}; a jury member reads only the funds whose jury they sit on`;
  throw ProblemException.of('forbidden', { detail });
}

/** True unless the request acts as a jury member who does not sit on this jury now. */
export function sitsOnJury(
  seats: Iterable<SeatHolder & { readonly active: boolean }>,
  juror: PersonIdentity | undefined,
): boolean {
  if (juror === undefined) return true;
  for (const seat of seats) if (seat.active && isSeatOf(seat, juror)) return true;
  return false;
}
