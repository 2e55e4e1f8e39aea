/** Money a recipient owes back: after a revocation (with interest) or when an advance exceeds the recalculated grant. */
import { formatAmount, Money, roundToCent, ZERO } from '../../money/money';
import type { FundCommand } from '../fund.commands';
import type { FundEvent, MoneySplit, RepaymentReason } from '../fund.events';
import type { GrantState } from '../fund.state';
import { eventBase } from '../shared/guards';
import { allocateAmongFunders, subtractSplits, withoutZeroFunderParts } from '../shared/splits';
import { allocateByWeights } from '../../money/allocate';

export interface InterestTerms {
  readonly interestRatePercentPerYear: string;
  readonly interestDays: number;
  readonly interest: Money;
}

export const NO_INTEREST: InterestTerms = {
  interestRatePercentPerYear: '0',
  interestDays: 0,
  interest: ZERO,
};

const DAYS_PER_YEAR = 365;

/** Simple interest, actual/365, rounded half up to the cent. */
export function interestOn(principal: Money, ratePercentPerYear: string, days: number): Money {
  return roundToCent(principal.times(ratePercentPerYear).dividedBy(100).times(days).dividedBy(DAYS_PER_YEAR));
}

/** What was paid above the recalculated grant, per pot and funder; null when nothing was overpaid. */
export function overpaidSplit(grant: GrantState, publicPart: Money, privatePart: Money): MoneySplit | null {
  const overpaidPublic = Money.max(ZERO, new Money(grant.paid.publicPart).minus(publicPart));
  const overpaidPrivate = Money.max(ZERO, new Money(grant.paid.privatePart).minus(privatePart));
  if (overpaidPublic.plus(overpaidPrivate).isZero()) return null;
  return {
    amount: formatAmount(overpaidPublic.plus(overpaidPrivate)),
    publicPart: formatAmount(overpaidPublic),
    privatePart: formatAmount(overpaidPrivate),
    publicFunderParts: allocateAmongFunders(overpaidPublic, grant.paid.publicFunderParts),
  };
}

/** Splits a principal between the pots, and the public part among funders, in proportion to what each paid to the grant. */
export function principalSplit(grant: GrantState, amount: Money): MoneySplit {
  const [publicPart, privatePart] = allocateByWeights(amount, [
    grant.paid.publicPart,
    grant.paid.privatePart,
  ]);
  return {
    amount: formatAmount(amount),
    publicPart: formatAmount(publicPart),
    privatePart: formatAmount(privatePart),
    publicFunderParts: allocateAmongFunders(publicPart, grant.paid.publicFunderParts),
  };
}

/**
 * Builds the demand from the principal split: the interest is added to the pots in proportion to
 * the principal, so each euro of interest returns to the pot whose money earned it.
 */
export function repaymentDemandedEvent(
  command: FundCommand,
  grant: GrantState,
  reason: RepaymentReason,
  principal: MoneySplit,
  terms: InterestTerms,
  noticeDate?: string,
): FundEvent {
  const due = withInterest(principal, terms.interest);
  return {
    type: 'RepaymentDemanded',
    data: {
      ...eventBase(command),
      grantId: grant.grantId,
      applicationId: grant.applicationId,
      reason,
      principal: principal.amount,
      interestRatePercentPerYear: terms.interestRatePercentPerYear,
      interestDays: terms.interestDays,
      interest: formatAmount(terms.interest),
      ...due,
      ...(noticeDate === undefined ? {} : { noticeDate }),
    },
  };
}

function withInterest(principal: MoneySplit, interest: Money): MoneySplit {
  if (interest.isZero()) return principal;
  const [publicInterest, privateInterest] = allocateByWeights(interest, [
    principal.publicPart,
    principal.privatePart,
  ]);
  const publicPart = publicInterest.plus(principal.publicPart);
  return {
    amount: formatAmount(interest.plus(principal.amount)),
    publicPart: formatAmount(publicPart),
    privatePart: formatAmount(privateInterest.plus(principal.privatePart)),
    publicFunderParts: allocateAmongFunders(publicPart, principal.publicFunderParts),
  };
}

/** What the recipient still owes, per pot and funder. */
export function outstandingOf(grant: GrantState): MoneySplit | null {
  if (grant.repayment === null) return null;
  return withoutZeroFunderParts(subtractSplits(grant.repayment.due, grant.repayment.received));
}
