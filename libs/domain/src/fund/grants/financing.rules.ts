/**
 * How a grant is financed under each matching model, and the money rules it must keep:
 * the public share cap, the per-project cap, the investive-only restriction, and availability.
 *
 * Per project: the fund pays public money only; the applicant's own contribution is the private
 * part. The grant may be at most `publicShareMax` of the project's eligible costs and at most the
 * per-project cap.
 *
 * Pooled: the fund pays from both pots. Each grant takes `publicShareMax` of its amount (rounded
 * down to the cent, within the per-project cap) from public money and the rest from private money,
 * so that public money stays within its share of everything the fund commits and pays; public
 * money is usable only as far as private money received matches it. Where public money is
 * restricted to investive measures, a non-investive measure is financed from private money only.
 */
import { DomainError } from '../../decider';
import { floorToCent, formatAmount, minMoney, Money, ZERO } from '../../money/money';
import type { ApplicationDetails } from '../fund.commands';
import type { OpenFundState } from '../shared/guards';
import { availableOf, matchedPublic, publicInUse } from '../shared/pots';

export interface GrantFinancing {
  readonly publicPart: Money;
  readonly privatePart: Money;
}

function isPublicMoneyAllowed(fund: OpenFundState, details: ApplicationDetails): boolean {
  return !fund.settings.publicMoneyInvestiveOnly || details.measure.type === 'investive';
}

/** The most public money a project with these eligible costs may receive under the share cap. */
export function publicShareLimit(fund: OpenFundState, eligibleCosts: string | Money): Money {
  return floorToCent(new Money(eligibleCosts).times(fund.settings.publicShareMax));
}

/** Rules a per-project grant of `amount` must keep whatever money is available; checked at approval and at the grant notice. */
export function requirePerProjectRules(
  fund: OpenFundState,
  details: ApplicationDetails,
  amount: Money,
  field: string,
): void {
  if (!isPublicMoneyAllowed(fund, details)) {
    throw new DomainError(
      'FUND.PUBLIC_MONEY_INVESTIVE_ONLY',
      `This fund's public money may pay only for investive measures, and "${details.title}" is non-investive.`,
      'rule_violated',
      field,
    );
  }
  const shareLimit = publicShareLimit(fund, details.eligibleCosts);
  if (amount.gt(shareLimit)) {
    throw new DomainError(
      'FUND.PUBLIC_SHARE_EXCEEDED',
      `${amount.toFixed(2)} EUR is more than the public share of ${fund.settings.publicShareMax} of the eligible costs of ${details.eligibleCosts} EUR (at most ${shareLimit.toFixed(2)} EUR).`,
      'rule_violated',
      field,
    );
  }
  requireWithinProjectCap(fund, amount, field);
}

function requireWithinProjectCap(fund: OpenFundState, publicPart: Money, field: string): void {
  const cap = fund.settings.perProjectPublicCap;
  if (cap !== null && publicPart.gt(cap)) {
    throw new DomainError(
      'GRANT.EXCEEDS_PROJECT_CAP',
      `${publicPart.toFixed(2)} EUR of public money is more than the fund's cap of ${cap} EUR per project.`,
      'rule_violated',
      field,
    );
  }
}

/** Splits a new grant into its public and private parts and checks that the fund can pay them. */
export function financeGrant(
  fund: OpenFundState,
  details: ApplicationDetails,
  amount: Money,
): GrantFinancing {
  if (fund.settings.matchingModel === 'per-project') {
    requirePerProjectRules(fund, details, amount, 'amount');
    requirePublicAvailable(fund, amount);
    return { publicPart: amount, privatePart: ZERO };
  }
  const publicPart = pooledPublicPart(fund, details, amount);
  const privatePart = amount.minus(publicPart);
  requirePublicAvailable(fund, publicPart);
  requirePublicMatched(fund, publicPart);
  requirePrivateAvailable(fund, privatePart);
  return { publicPart, privatePart };
}

function pooledPublicPart(fund: OpenFundState, details: ApplicationDetails, amount: Money): Money {
  if (!isPublicMoneyAllowed(fund, details)) return ZERO;
  const share = floorToCent(amount.times(fund.settings.publicShareMax));
  const cap = fund.settings.perProjectPublicCap;
  return cap === null ? share : minMoney(share, new Money(cap));
}

/**
 * The grant after proof of use: never more than granted, and public money never more than its
 * share of the proven eligible costs (per project) or of the recalculated amount (pooled).
 */
export function recalculateGrant(
  fund: OpenFundState,
  granted: { readonly amount: string; readonly publicPart: string; readonly privatePart: string },
  provenEligibleCosts: Money,
): GrantFinancing {
  if (fund.settings.matchingModel === 'per-project') {
    const publicPart = minMoney(new Money(granted.publicPart), publicShareLimit(fund, provenEligibleCosts));
    return { publicPart, privatePart: ZERO };
  }
  const amount = minMoney(new Money(granted.amount), provenEligibleCosts);
  const publicPart = minMoney(
    new Money(granted.publicPart),
    floorToCent(amount.times(fund.settings.publicShareMax)),
  );
  const privatePart = minMoney(amount.minus(publicPart), new Money(granted.privatePart));
  return { publicPart, privatePart };
}

function insufficient(pot: 'public' | 'private', needed: Money, available: Money): DomainError {
  return new DomainError(
    'FUND.INSUFFICIENT_FUNDS',
    `The grant needs ${needed.toFixed(2)} EUR of ${pot} money, but only ${formatAmount(available)} EUR is available.`,
    'rule_violated',
    'amount',
  );
}

function requirePublicAvailable(fund: OpenFundState, publicPart: Money): void {
  const available = availableOf(fund.publicPot);
  if (publicPart.gt(available)) throw insufficient('public', publicPart, available);
}

function requirePrivateAvailable(fund: OpenFundState, privatePart: Money): void {
  const available = availableOf(fund.privatePot);
  if (privatePart.gt(available)) throw insufficient('private', privatePart, available);
}

function requirePublicMatched(fund: OpenFundState, publicPart: Money): void {
  const headroom = matchedPublic(fund, fund.settings.publicShareMax).minus(publicInUse(fund));
  if (publicPart.gt(headroom)) {
    throw new DomainError(
      'FUND.PUBLIC_MONEY_UNMATCHED',
      `The grant needs ${publicPart.toFixed(2)} EUR of public money, but private money received matches only ${formatAmount(
        headroom.isNegative() ? ZERO : headroom,
      )} EUR more; public money waits for private money.`,
      'rule_violated',
      'amount',
    );
  }
}
