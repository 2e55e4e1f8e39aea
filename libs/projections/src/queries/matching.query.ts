/**
 * Matching status: how much of the money spent is public, against the fund's `publicShareMax`, and
 * how much more public money could be spent within the rules. "Spent" means granted and not given
 * back: open commitments plus payments, less repayments received.
 *
 * - Pooled model: the fund spends from both pots; the public share is public over public plus private
 *   money spent. Headroom is the public money that may still be granted: matched public money not yet
 *   spent, at most the public money available.
 * - Per-project model: the applicant's own contribution is the private part of each project, so a
 *   project's spending is its eligible costs (proven costs once the proof of use is accepted). Each
 *   project may take at most `publicShareMax` of them, rounded down to the cent, and at most the
 *   per-project cap; headroom is what each project could still take, summed over the projects.
 */
import { availableOf, floorToCent, Money, type MatchingModel } from '@fund-ledger/domain';
import type { PotTotals } from '../balances/fund-balances';
import type { ApplicationView, GrantView } from '../board/application-view';
import type { FundSummary } from '../fund-projection';
import type { ProjectionPoint } from '../shared/fund-event-record';
import { committedOf, matchedPublicOf, potFiguresOf } from './balances.query';

export interface PooledMatching {
  readonly privateReceived: string;
  /** Public money received, less what lapsed. */
  readonly publicReceived: string;
  readonly matched: string;
  readonly unmatched: string;
  readonly publicSpent: string;
  readonly publicAvailable: string;
}

export interface ProjectMatching {
  readonly applicationId: string;
  readonly grantId: string;
  readonly title: string;
  readonly eligibleCosts: string;
  readonly ownContribution: string;
  readonly publicSpent: string;
  /** Public over eligible costs, four decimals. */
  readonly publicShare: string | null;
  readonly publicLimit: string;
  readonly headroom: string;
  readonly withinCap: boolean;
}

export interface MatchingStatusReport {
  readonly fundId: string;
  readonly matchingModel: MatchingModel;
  readonly publicShareMax: string;
  readonly perProjectPublicCap: string | null;
  readonly lastEvent: ProjectionPoint;
  readonly spent: { readonly public: string; readonly private: string; readonly total: string };
  /** Public over total money spent, four decimals; null while nothing is spent. */
  readonly publicShare: string | null;
  readonly withinCap: boolean;
  /** Public money that could still be spent within the share cap (and, pooled, within matched and available money). */
  readonly headroom: string;
  readonly pooled: PooledMatching | null;
  readonly projects: readonly ProjectMatching[];
}

const SHARE_DECIMALS = 4;

function spentOf(pot: PotTotals): Money {
  return Money.max(committedOf(pot).plus(pot.paid).minus(pot.refunded), 0);
}

function shareOf(part: Money, total: Money): string | null {
  return total.isZero() ? null : part.dividedBy(total).toFixed(SHARE_DECIMALS);
}

function nonNegative(amount: Money): Money {
  return amount.isNegative() ? new Money(0) : amount;
}

export function matchingStatusReport(
  summary: FundSummary,
  applications: readonly ApplicationView[],
): MatchingStatusReport {
  const base = {
    fundId: summary.fundId,
    matchingModel: summary.settings.matchingModel,
    publicShareMax: summary.settings.publicShareMax,
    perProjectPublicCap: summary.settings.perProjectPublicCap,
    lastEvent: summary.lastEvent,
  };
  return summary.settings.matchingModel === 'pooled'
    ? { ...base, ...pooledStatus(summary) }
    : { ...base, ...perProjectStatus(summary, applications) };
}

type ModelStatus = Pick<
  MatchingStatusReport,
  'spent' | 'publicShare' | 'withinCap' | 'headroom' | 'pooled' | 'projects'
>;

function pooledStatus(summary: FundSummary): ModelStatus {
  const { balances, settings } = summary;
  const publicSpent = spentOf(balances.public);
  const privateSpent = spentOf(balances.private);
  const total = publicSpent.plus(privateSpent);
  const matched = matchedPublicOf(balances, settings.publicShareMax);
  const publicAvailable = availableOf(potFiguresOf(balances.public));
  const publicReceived = new Money(balances.public.received).minus(balances.public.lapsed);
  return {
    spent: { public: publicSpent.toFixed(2), private: privateSpent.toFixed(2), total: total.toFixed(2) },
    publicShare: shareOf(publicSpent, total),
    withinCap: publicSpent.lte(total.times(settings.publicShareMax)),
    headroom: nonNegative(Money.min(matched.minus(publicSpent), publicAvailable)).toFixed(2),
    pooled: {
      privateReceived: balances.private.received,
      publicReceived: publicReceived.toFixed(2),
      matched: matched.toFixed(2),
      unmatched: publicReceived.minus(matched).toFixed(2),
      publicSpent: publicSpent.toFixed(2),
      publicAvailable: publicAvailable.toFixed(2),
    },
    projects: [],
  };
}

function perProjectStatus(summary: FundSummary, applications: readonly ApplicationView[]): ModelStatus {
  const projects = applications
    .filter((view): view is ApplicationView & { grant: GrantView } => view.grant !== null)
    .map((view) => projectMatching(summary, view, view.grant))
    .filter((project) => !new Money(project.publicSpent).isZero());
  const sum = (field: 'publicSpent' | 'eligibleCosts' | 'headroom'): Money =>
    projects.reduce((total, project) => total.plus(project[field]), new Money(0));
  const publicSpent = sum('publicSpent');
  const total = sum('eligibleCosts');
  return {
    spent: {
      public: publicSpent.toFixed(2),
      private: total.minus(publicSpent).toFixed(2),
      total: total.toFixed(2),
    },
    publicShare: shareOf(publicSpent, total),
    withinCap: projects.every((project) => project.withinCap),
    headroom: sum('headroom').toFixed(2),
    pooled: null,
    projects,
  };
}

function projectMatching(summary: FundSummary, view: ApplicationView, grant: GrantView): ProjectMatching {
  const eligibleCosts = grant.proofOfUse?.provenEligibleCosts ?? grant.eligibleCosts;
  const refundedPublic = grant.repayment?.received.publicPart ?? '0.00';
  const publicSpent = nonNegative(
    new Money(grant.issued.publicPart).minus(grant.released.publicPart).minus(refundedPublic),
  );
  const shareLimit = floorToCent(new Money(eligibleCosts).times(summary.settings.publicShareMax));
  const cap = summary.settings.perProjectPublicCap;
  const publicLimit = cap === null ? shareLimit : Money.min(shareLimit, cap);
  return {
    applicationId: view.applicationId,
    grantId: grant.grantId,
    title: view.details.title,
    eligibleCosts,
    ownContribution: grant.ownContribution,
    publicSpent: publicSpent.toFixed(2),
    publicShare: shareOf(publicSpent, new Money(eligibleCosts)),
    publicLimit: publicLimit.toFixed(2),
    headroom: nonNegative(publicLimit.minus(publicSpent)).toFixed(2),
    withinCap: publicSpent.lte(publicLimit),
  };
}
