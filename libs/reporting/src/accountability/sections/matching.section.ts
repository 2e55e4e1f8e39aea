/**
 * Matching at the end of the period, read from the projections' matching status, with the figures each
 * model's headroom follows from: a pooled fund's matched and spent public money, or a per-project
 * fund's projects, each with its eligible costs, the applicant's own contribution and its public money.
 */
import { Money } from '@fund-ledger/domain';
import {
  matchingStatusReport,
  sumOfAmounts,
  type MatchingStatusReport,
  type PooledMatching,
} from '@fund-ledger/projections';
import type {
  MatchingSection,
  PooledMatchingFigures,
  ProjectMatchingEntry,
  ProjectMatchingTotals,
} from '../accountability-report.model';
import type { FundSnapshot } from '../fund-fold';

const SHARE_DECIMALS = 4;

export function matchingSection(closing: FundSnapshot): MatchingSection {
  const { summary } = closing;
  if (summary === null) return { pooled: null, projects: [], projectTotals: null };
  const status = matchingStatusReport(summary, [...closing.applications.values()]);
  if (status.pooled !== null) {
    return { pooled: pooledFigures(status.pooled, status.headroom), projects: [], projectTotals: null };
  }
  const projects = projectEntries(status, closing);
  return { pooled: null, projects, projectTotals: projectTotals(projects) };
}

function pooledFigures(pooled: PooledMatching, headroom: string): PooledMatchingFigures {
  return {
    ...pooled,
    matchedNotSpent: new Money(pooled.matched).minus(pooled.publicSpent).toFixed(2),
    headroom,
  };
}

function projectEntries(status: MatchingStatusReport, closing: FundSnapshot): ProjectMatchingEntry[] {
  return status.projects.map((project) => {
    const view = closing.applications.get(project.applicationId);
    return {
      ...project,
      applicant: view?.details.applicant.name ?? '',
      eligibleCostsProven: view?.grant?.proofOfUse?.provenEligibleCosts != null,
    };
  });
}

function projectTotals(projects: readonly ProjectMatchingEntry[]): ProjectMatchingTotals {
  const total = (figure: 'eligibleCosts' | 'ownContribution' | 'publicSpent' | 'publicLimit' | 'headroom') =>
    sumOfAmounts(projects.map((project) => project[figure]));
  const eligibleCosts = total('eligibleCosts');
  const publicSpent = total('publicSpent');
  return {
    count: projects.length,
    eligibleCosts,
    ownContribution: total('ownContribution'),
    publicSpent,
    publicShare: new Money(eligibleCosts).isZero()
      ? null
      : new Money(publicSpent).dividedBy(eligibleCosts).toFixed(SHARE_DECIMALS),
    publicLimit: total('publicLimit'),
    headroom: total('headroom'),
  };
}
