/**
 * The overview of a fund: what its first screen shows at a glance. It adds nothing of its own: the
 * pots come from the balances query, the public share and headroom from the matching query, and the
 * counts from the application views, so the overview and the detailed answers never disagree.
 */
import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
  type FundingSource,
  type MatchingModel,
} from '@fund-ledger/domain';
import type { ApplicationView, GrantView } from '../board/application-view';
import type { FundSummary } from '../fund-projection';
import type { ProjectionPoint } from '../shared/fund-event-record';
import { parseAmountText } from '../shared/amounts';
import { fundBalancesReport, type PotBalance } from './balances.query';
import { committedOfGrant } from './board.query';
import { matchingStatusReport } from './matching.query';

export interface StatusCount {
  readonly status: ApplicationStatus;
  readonly count: number;
}

export interface FundOverviewReport {
  readonly fundId: string;
  readonly name: string;
  readonly area: string;
  readonly status: FundSummary['status'];
  readonly openedAt: string;
  readonly closedAt: string | null;
  readonly fundingSource: FundingSource;
  readonly matchingModel: MatchingModel;
  readonly publicShareMax: string;
  readonly lastEvent: ProjectionPoint;
  readonly public: PotBalance;
  readonly private: PotBalance;
  readonly matching: {
    /** Public over all money spent, four decimals; null while nothing is spent. */
    readonly publicShare: string | null;
    readonly withinCap: boolean;
    readonly headroom: string;
  };
  readonly activeJuryMemberCount: number;
  /** Applications per status, in the order of the process; statuses without applications are left out. */
  readonly applications: readonly StatusCount[];
  /** Applications on a jury agenda whose vote is open. */
  readonly openAgendaItemCount: number;
  /** Grants whose proof of use is accepted and which still have money to pay out. */
  readonly grantsAwaitingPayoutCount: number;
}

export function fundOverviewReport(
  summary: FundSummary,
  applications: readonly ApplicationView[],
): FundOverviewReport {
  const balances = fundBalancesReport(summary);
  const matching = matchingStatusReport(summary, applications);
  return {
    fundId: summary.fundId,
    name: summary.name,
    area: summary.area,
    status: summary.status,
    openedAt: summary.openedAt,
    closedAt: summary.closedAt,
    fundingSource: summary.settings.fundingSource,
    matchingModel: summary.settings.matchingModel,
    publicShareMax: summary.settings.publicShareMax,
    lastEvent: summary.lastEvent,
    public: balances.public,
    private: balances.private,
    matching: {
      publicShare: matching.publicShare,
      withinCap: matching.withinCap,
      headroom: matching.headroom,
    },
    activeJuryMemberCount: summary.jury.filter((member) => member.active).length,
    applications: statusCounts(applications),
    openAgendaItemCount: applications.filter((view) => view.status === 'on-agenda').length,
    grantsAwaitingPayoutCount: applications.filter((view) => awaitsPayout(view.grant)).length,
  };
}

function statusCounts(applications: readonly ApplicationView[]): StatusCount[] {
  return APPLICATION_STATUSES.map((status) => ({
    status,
    count: applications.filter((view) => view.status === status).length,
  })).filter((entry) => entry.count > 0);
}

/** A grant is due for payout once its proof of use is accepted, until nothing is left to pay. */
export function awaitsPayout(grant: GrantView | null): boolean {
  if (grant === null || grant.status !== 'proof-accepted') return false;
  return parseAmountText(committedOfGrant(grant).amount).greaterThan(0);
}

export interface PayoutDue {
  readonly applicationId: string;
  readonly grantId: string;
  readonly title: string;
  readonly applicant: string;
  /** What the grant notice committed. */
  readonly issued: string;
  readonly paid: string;
  /** Still to be paid: issued less paid and released. */
  readonly toPay: string;
  readonly provenEligibleCosts: string | null;
  readonly proofReference: string | null;
}

/** The grants the treasury pays next, in the order their applications arrived. */
export function payoutsDueReport(applications: readonly ApplicationView[]): PayoutDue[] {
  return [...applications]
    .sort((a, b) => a.submittedPosition - b.submittedPosition)
    .flatMap((view) => {
      const grant = view.grant;
      if (grant === null || !awaitsPayout(grant)) return [];
      return [
        {
          applicationId: view.applicationId,
          grantId: grant.grantId,
          title: view.details.title,
          applicant: view.details.applicant.name,
          issued: grant.issued.amount,
          paid: grant.paid.amount,
          toPay: committedOfGrant(grant).amount,
          provenEligibleCosts: grant.proofOfUse?.provenEligibleCosts ?? null,
          proofReference: grant.proofOfUse?.reference ?? null,
        },
      ];
    });
}
