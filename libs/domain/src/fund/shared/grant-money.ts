/** Money figures of one grant, shared by the modules that pay, release or claw back grant money. */
import type { FundCommand } from '../fund.commands';
import type { CommitmentReleaseReason, FundEvent, MoneySplit } from '../fund.events';
import type { GrantState } from '../fund.state';
import { eventBase } from './guards';
import { floorToCent, formatAmount, Money } from '../../money/money';
import { allocateAmongFunders, isZeroAmount, subtractSplits, withoutZeroFunderParts } from './splits';

/** What is granted and not yet paid: the open commitment. */
export function openCommitmentOf(grant: GrantState): MoneySplit {
  return withoutZeroFunderParts(subtractSplits(grant.granted, grant.paid));
}

/** Releases the whole open commitment, or nothing when everything granted has been paid. */
export function releaseOpenCommitment(
  command: FundCommand,
  grant: GrantState,
  reason: CommitmentReleaseReason,
  fiscalYear: number,
): readonly FundEvent[] {
  const open = openCommitmentOf(grant);
  return isZeroAmount(open.amount) ? [] : [releaseEvent(command, grant, reason, open, fiscalYear)];
}

/** A release in `fiscalYear`: the year of the revocation notice that releases it, or of the day it is recorded. */
export function releaseEvent(
  command: FundCommand,
  grant: GrantState,
  reason: CommitmentReleaseReason,
  released: MoneySplit,
  fiscalYear: number,
): FundEvent {
  return {
    type: 'GrantCommitmentReleased',
    data: {
      ...eventBase(command),
      grantId: grant.grantId,
      applicationId: grant.applicationId,
      reason,
      fiscalYear,
      ...released,
    },
  };
}

/**
 * The public and private parts of a payment of `amount` on a grant. The public part is chosen so
 * that everything paid on the grant so far keeps the grant's public share (rounded down to the
 * cent, so public money never gets the extra cent), within what is left of each part.
 */
export function paymentSplit(grant: GrantState, amount: Money): MoneySplit {
  const open = openCommitmentOf(grant);
  const grantedAmount = new Money(grant.granted.amount);
  const paidAfter = amount.plus(grant.paid.amount);
  const publicTarget = grantedAmount.isZero()
    ? new Money(0)
    : floorToCent(new Money(grant.granted.publicPart).times(paidAfter).dividedBy(grantedAmount));
  const lowest = Money.max(0, amount.minus(open.privatePart));
  const highest = Money.min(amount, open.publicPart);
  const publicPart = Money.min(highest, Money.max(lowest, publicTarget.minus(grant.paid.publicPart)));
  return {
    amount: formatAmount(amount),
    publicPart: formatAmount(publicPart),
    privatePart: formatAmount(amount.minus(publicPart)),
    publicFunderParts: allocateAmongFunders(publicPart, open.publicFunderParts),
  };
}
