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
import type { FundSettings } from '../fund.settings';
import type { OpenFundState } from './guards';
import { availableOf, matchedPublic, publicInUse } from './pots';

export interface GrantFinancing {
  readonly publicPart: Money;
  readonly privatePart: Money;
}

function isPublicMoneyAllowed(settings: FundSettings, details: ApplicationDetails): boolean {
  return !settings.publicMoneyInvestiveOnly || details.measure.type === 'investive';
}

/** The most public money a project with these eligible costs may receive under the share cap. */
export function publicShareLimit(settings: FundSettings, eligibleCosts: string | Money): Money {
  return floorToCent(new Money(eligibleCosts).times(settings.publicShareMax));
}

/**
 * The per-project financing plan: the own contribution is the private half. The requested public part
 * stays within `publicShareMax` of the eligible costs, and the own contribution covers the eligible
 * costs less the requested grant. Refused at submission, amendment and decision; other models pass.
 */
export function requireFinancingPlan(settings: FundSettings, details: ApplicationDetails): void {
  if (settings.matchingModel !== 'per-project') return;
  const requested = new Money(details.requestedGrant);
  const shareBreach = publicShareBreach(settings, details, requested, 'requestedGrant');
  if (shareBreach !== null) throw shareBreach;
  const ownContributionMin = new Money(details.eligibleCosts).minus(requested);
  if (ownContributionMin.gt(details.ownContribution)) {
    throw new DomainError(
      'APPLICATION.OWN_CONTRIBUTION_TOO_LOW',
      `The own contribution of ${details.ownContribution} EUR does not cover the eligible costs of ${details.eligibleCosts} EUR less the requested grant of ${details.requestedGrant} EUR: it must be at least ${ownContributionMin.toFixed(2)} EUR.`,
      'rule_violated',
      'ownContribution',
    );
  }
}

/**
 * Rules a per-project grant of `amount` breaks whatever money is available, in the order they are
 * checked: public money only for investive measures, the share of the eligible costs, the cap per
 * project. The jury's decision and the grant notice refuse the first; the board flags a request's.
 */
export function perProjectRuleBreaches(
  settings: FundSettings,
  details: ApplicationDetails,
  amount: Money,
  field: string,
): DomainError[] {
  if (!isPublicMoneyAllowed(settings, details)) {
    return [
      new DomainError(
        'FUND.PUBLIC_MONEY_INVESTIVE_ONLY',
        `This fund's public money may pay only for investive measures, and "${details.title}" is non-investive.`,
        'rule_violated',
        field,
      ),
    ];
  }
  return [
    publicShareBreach(settings, details, amount, field),
    projectCapBreach(settings, amount, field),
  ].filter((breach): breach is DomainError => breach !== null);
}

/** Checked at approval and at the grant notice. */
export function requirePerProjectRules(
  settings: FundSettings,
  details: ApplicationDetails,
  amount: Money,
  field: string,
): void {
  const [first] = perProjectRuleBreaches(settings, details, amount, field);
  if (first !== undefined) throw first;
}

function publicShareBreach(
  settings: FundSettings,
  details: ApplicationDetails,
  amount: Money,
  field: string,
): DomainError | null {
  const shareLimit = publicShareLimit(settings, details.eligibleCosts);
  if (!amount.gt(shareLimit)) return null;
  return new DomainError(
    'FUND.PUBLIC_SHARE_EXCEEDED',
    `${amount.toFixed(2)} EUR is more than the public share of ${settings.publicShareMax} of the eligible costs of ${details.eligibleCosts} EUR (at most ${shareLimit.toFixed(2)} EUR).`,
    'rule_violated',
    field,
  );
}

function projectCapBreach(settings: FundSettings, publicPart: Money, field: string): DomainError | null {
  const cap = settings.perProjectPublicCap;
  if (cap === null || !publicPart.gt(cap)) return null;
  return new DomainError(
    'GRANT.EXCEEDS_PROJECT_CAP',
    `${publicPart.toFixed(2)} EUR of public money is more than the fund's cap of ${cap} EUR per project.`,
    'rule_violated',
    field,
  );
}

/** Splits a new grant into its public and private parts and checks that the fund can pay them. */
export function financeGrant(
  fund: OpenFundState,
  details: ApplicationDetails,
  amount: Money,
): GrantFinancing {
  if (fund.settings.matchingModel === 'per-project') {
    requirePerProjectRules(fund.settings, details, amount, 'amount');
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
  if (!isPublicMoneyAllowed(fund.settings, details)) return ZERO;
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
    const publicPart = minMoney(
      new Money(granted.publicPart),
      publicShareLimit(fund.settings, provenEligibleCosts),
    );
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
