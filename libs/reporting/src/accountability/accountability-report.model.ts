/**
 * The council accountability report as data: every figure a renderer shows, and nothing a renderer
 * could compute differently. Amounts are canonical EUR strings ("1234.50"), shares decimal strings with
 * four places ("0.4998"), dates ISO-8601. The same fund history up to the same global position always
 * gives the same report, so anyone holding an export of the log can rebuild it and compare it figure by
 * figure (`verifyReportAgainstLog`).
 */
import type {
  ApplicantKind,
  ContributorKind,
  FundSettings,
  GrantStatus,
  JuryGroup,
} from '@fund-ledger/domain';
import type { LedgerDigest, PublishedSeal } from '@fund-ledger/event-store';
import type { PooledMatching, ProjectMatching } from '@fund-ledger/projections';
import type { ApplicationOutcome } from './application-outcomes';
import type { ReportDates } from './report-dates';

export const ACCOUNTABILITY_REPORT_TYPE = 'fund-ledger/accountability-report';
/** Changes whenever a figure changes meaning; a verifier refuses reports of another version. */
export const ACCOUNTABILITY_REPORT_VERSION = 3;

export interface AccountabilityReport {
  readonly reportType: typeof ACCOUNTABILITY_REPORT_TYPE;
  readonly version: typeof ACCOUNTABILITY_REPORT_VERSION;
  readonly fund: ReportFund;
  readonly period: ReportPeriodView;
  readonly source: ReportSource;
  /** Only when the caller passed an instant explicitly, so that the same history gives the same report. */
  readonly generatedAt: string | null;
  /** Which date each part of the report goes by. */
  readonly dates: ReportDates;
  readonly balances: BalancesSection;
  readonly moneyIn: MoneyInSection;
  readonly capOverTime: readonly CapPoint[];
  readonly matching: MatchingSection;
  readonly applications: ApplicationsSection;
  readonly decisions: readonly DecisionEntry[];
  /** How many decisions the period holds, and what the approvals among them approved. */
  readonly decisionTotals: { readonly count: number; readonly approvedAmount: string };
  readonly grants: GrantsSection;
  readonly payouts: PayoutsSection;
  readonly openCommitments: OpenCommitmentsSection;
  readonly clawbacks: ClawbacksSection;
}

export interface ReportFund {
  readonly fundId: string;
  readonly name: string;
  readonly area: string;
  /** At the end of the period. */
  readonly status: 'open' | 'closed';
  /** The settings in force at the end of the period. */
  readonly settings: FundSettings;
}

/**
 * The period covers every event recorded from `startsAt` (inclusive) to `endsBefore` (exclusive), both
 * midnight UTC: `from` and `to` are whole calendar days.
 */
export interface ReportPeriodView {
  readonly from: string;
  readonly to: string;
  readonly startsAt: string;
  readonly endsBefore: string;
}

/** What the report was computed from: a global position of the log and the digest that commits to it. */
export interface ReportSource {
  /** Every figure follows from the fund's events at or before this global position. */
  readonly position: number;
  readonly ledgerDigest: LedgerDigest;
  /** The head of the fund's stream at `position`: its hash commits to every event of the fund. */
  readonly fundStream: {
    readonly streamId: string;
    readonly revision: number;
    readonly hash: string;
    readonly eventCount: number;
    /** When that event was recorded; the PDF takes its creation date from it. */
    readonly recordedAt: string;
  };
  /** Events of the fund recorded inside the period. */
  readonly eventsInPeriod: number;
  /**
   * The latest seal whose position is at or after the report's, when the report was made: it signs a
   * digest that covers every figure here. Absent in reports made before seals existed.
   */
  readonly seal?: ReportSeal;
}

/** The seal a report carries, or a plain statement that none covers it. */
export interface ReportSeal {
  readonly seal: PublishedSeal | null;
  readonly statement: string;
}

/** Money: the whole and its public and private parts. */
export interface SplitAmount {
  readonly amount: string;
  readonly publicPart: string;
  readonly privatePart: string;
}

/**
 * How one pot's (or one funder's) money moved through the period. Every amount is positive; three
 * identities hold for every pot and funder:
 *
 * - `availableAtEnd = availableAtStart + received + refunded - lapsed - granted + released`;
 * - `openCommitmentsAtEnd = openCommitmentsAtStart + granted - paid - released`;
 * - `repaymentOutstandingAtEnd = repaymentOutstandingAtStart + repaymentDemanded - refunded`.
 */
export interface PotReconciliation {
  readonly availableAtStart: string;
  readonly received: string;
  /** Repayments received in the period. */
  readonly refunded: string;
  readonly lapsed: string;
  readonly granted: string;
  readonly released: string;
  readonly availableAtEnd: string;
  readonly openCommitmentsAtStart: string;
  readonly openCommitmentsAtEnd: string;
  readonly paid: string;
  readonly repaymentOutstandingAtStart: string;
  /** Repayments demanded in the period, interest included. */
  readonly repaymentDemanded: string;
  readonly repaymentOutstandingAtEnd: string;
}

export interface FunderReconciliation extends PotReconciliation {
  readonly funderId: string;
  readonly name: string;
}

export interface BalancesSection {
  readonly public: PotReconciliation;
  readonly private: PotReconciliation;
  readonly funders: readonly FunderReconciliation[];
}

export interface ContributorKindTotal {
  readonly kind: ContributorKind;
  readonly count: number;
  readonly amount: string;
}

export interface ContributorTotal {
  readonly name: string;
  readonly kind: ContributorKind;
  readonly count: number;
  readonly amount: string;
}

export interface FunderTotal {
  readonly funderId: string;
  readonly name: string;
  readonly amount: string;
}

export interface MonthlyMoneyIn {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly public: string;
  readonly private: string;
}

export interface MoneyInSection {
  readonly total: string;
  readonly private: {
    readonly total: string;
    readonly count: number;
    readonly byKind: readonly ContributorKindTotal[];
    readonly byContributor: readonly ContributorTotal[];
  };
  readonly public: {
    readonly total: string;
    readonly count: number;
    /** From the splits recorded in the period. */
    readonly byFunder: readonly FunderTotal[];
    /** Public money received in the period whose split is not recorded in it (normally zero). */
    readonly notSplit: string;
  };
  /** Every month of the period, also those without money in. */
  readonly byMonth: readonly MonthlyMoneyIn[];
}

/** The matching status at the end of a month of the period (or at the end of the period). */
export interface CapPoint {
  /** The last day the point covers, `YYYY-MM-DD`. */
  readonly date: string;
  readonly publicSpent: string;
  readonly privateSpent: string;
  /** Public over total money spent, four decimals; null while nothing is spent. */
  readonly publicShare: string | null;
  /** Null before the fund was opened. */
  readonly publicShareMax: string | null;
  readonly withinCap: boolean;
  readonly headroom: string;
}

/**
 * Matching as it stood at the end of the period, with what it follows from. A pooled fund matches the
 * fund's private money as a whole; a per-project fund matches each project with its applicant's own
 * contribution, which is not paid into the fund.
 */
export interface MatchingSection {
  /** Pooled funds: the public money private money matches, what is spent of it and the headroom left. */
  readonly pooled: PooledMatchingFigures | null;
  /** Per-project funds: every project with public money spent at the end of the period, in order of submission. */
  readonly projects: readonly ProjectMatchingEntry[];
  /** Per-project funds: the sums over `projects`; they are the cap's last point. */
  readonly projectTotals: ProjectMatchingTotals | null;
}

/**
 * `headroom` is the public money the fund may still grant: `matched - publicSpent`, at most
 * `publicAvailable`, never below zero.
 */
export interface PooledMatchingFigures extends PooledMatching {
  readonly matchedNotSpent: string;
  readonly headroom: string;
}

/**
 * One project of a per-project fund, as the projections' matching status gives it: `eligibleCosts` are
 * the proven ones once the proof of use is accepted (`eligibleCostsProven`), the planned ones before;
 * `publicSpent` is the grant's public money less what was released or repaid; `publicLimit` the most the
 * project may receive (its share of the eligible costs, at most the per-project cap);
 * `headroom = publicLimit - publicSpent`, never below zero.
 */
export interface ProjectMatchingEntry extends ProjectMatching {
  readonly applicant: string;
  readonly eligibleCostsProven: boolean;
}

/** The projects' figures summed, and their public share taken together. */
export interface ProjectMatchingTotals extends Pick<
  ProjectMatching,
  'eligibleCosts' | 'ownContribution' | 'publicSpent' | 'publicShare' | 'publicLimit' | 'headroom'
> {
  readonly count: number;
}

export interface OutcomeCount {
  /** The application's status at the end of the period. */
  readonly status: ApplicationOutcome;
  readonly count: number;
  /** As last amended by the end of the period. */
  readonly requestedGrant: string;
  readonly approvedAmount: string;
}

export interface ApplicationCount {
  readonly count: number;
  readonly requestedGrant: string;
}

/**
 * The outcome table's totals follow from the other figures:
 * `totals.count = submittedCount + submittedEarlier.count` and
 * `totals.requestedGrant = submittedRequestedGrant + submittedEarlier.requestedGrant
 *   - amended.requestedGrantBefore + amended.requestedGrantAfter`.
 */
export interface ApplicationsSection {
  readonly submittedCount: number;
  /** As submitted, before any amendment. */
  readonly submittedRequestedGrant: string;
  /** Applications submitted before the period and dealt with in it, requested as at its start. */
  readonly submittedEarlier: ApplicationCount;
  /** Applications amended in the period: requested before its first and after its last amendment in it. */
  readonly amended: {
    readonly count: number;
    readonly requestedGrantBefore: string;
    readonly requestedGrantAfter: string;
  };
  /** Applications with at least one event in the period, by their status at its end. */
  readonly byOutcome: readonly OutcomeCount[];
  readonly totals: ApplicationCount & { readonly approvedAmount: string };
}

export interface DecisionMember {
  readonly memberId: string;
  readonly name: string;
  readonly group: JuryGroup | null;
}

export interface RecusedMember extends DecisionMember {
  readonly reason: string;
}

export interface DecisionEntry {
  readonly decisionId: string;
  readonly applicationId: string;
  readonly title: string;
  readonly applicant: string;
  readonly applicantKind: ApplicantKind;
  readonly meetingId: string;
  readonly meetingDate: string;
  readonly decidedAt: string;
  readonly outcome: 'approved' | 'rejected' | 'deferred';
  readonly tally: { readonly yes: number; readonly no: number; readonly abstain: number };
  /** Null for a deferral, which takes no vote. */
  readonly memberCount: number | null;
  readonly quorumRequired: number | null;
  readonly quorumPresentCount: number | null;
  readonly present: readonly DecisionMember[];
  readonly recused: readonly RecusedMember[];
  readonly requestedGrant: string;
  readonly motionAmount: string | null;
  readonly approvedAmount: string | null;
  readonly reason: string | null;
}

export interface GrantEntry extends SplitAmount {
  readonly grantId: string;
  readonly applicationId: string;
  readonly title: string;
  readonly applicant: string;
  /** When the notice was recorded. */
  readonly issuedAt: string;
  /** The date of the grant notice; for a notice recorded before notices were dated, the day it was recorded. */
  readonly noticeDate: string;
  readonly fiscalYear: number;
  /** At the end of the period. */
  readonly status: GrantStatus;
  readonly paidAtEnd: string;
  readonly releasedAtEnd: string;
  readonly openCommitmentAtEnd: string;
}

export interface ListTotals extends SplitAmount {
  readonly count: number;
}

/** Each grant's amount is paid, released or still open at the end of the period: `amount = paid + released + open`. */
export interface GrantTotals extends ListTotals {
  readonly paidAtEnd: string;
  readonly releasedAtEnd: string;
  readonly openCommitmentAtEnd: string;
}

export interface GrantsSection {
  /** Grant notices issued in the period. */
  readonly issued: readonly GrantEntry[];
  readonly totals: GrantTotals;
}

export interface PayoutEntry extends SplitAmount {
  readonly payoutId: string;
  readonly kind: 'advance' | 'payout';
  readonly grantId: string;
  readonly applicationId: string;
  readonly title: string;
  readonly valueDate: string;
  readonly recordedAt: string;
}

export interface PayoutsSection {
  readonly entries: readonly PayoutEntry[];
  readonly totals: ListTotals;
}

export interface OpenCommitmentEntry extends SplitAmount {
  readonly grantId: string;
  readonly applicationId: string;
  readonly title: string;
  readonly issuedAt: string;
  /** As in `GrantEntry`. */
  readonly noticeDate: string;
  readonly status: GrantStatus;
}

export interface OpenCommitmentsSection {
  /** Grants with money committed and not yet paid or released at the end of the period. */
  readonly entries: readonly OpenCommitmentEntry[];
  readonly totals: ListTotals;
}

export interface RevocationEntry {
  readonly grantId: string;
  readonly applicationId: string;
  readonly title: string;
  /** When the revocation was recorded. */
  readonly revokedAt: string;
  /** The date of the revocation notice; for one recorded before notices were dated, the day it was recorded. */
  readonly noticeDate: string;
  readonly reason: string;
}

export interface RepaymentEntry {
  readonly grantId: string;
  readonly applicationId: string;
  readonly title: string;
  readonly principal: string;
  readonly interest: string;
  /** Everything demanded, interest included, up to the end of the period: `principal + interest`. */
  readonly due: string;
  readonly receivedBeforePeriod: string;
  readonly receivedInPeriod: string;
  /** `receivedBeforePeriod + receivedInPeriod`. */
  readonly receivedAtEnd: string;
  /** `due - receivedAtEnd`. */
  readonly outstandingAtEnd: string;
  readonly settled: boolean;
}

export interface ClawbacksSection {
  readonly revocations: readonly RevocationEntry[];
  /** Grants with a repayment demanded or received in the period, or still outstanding at its end. */
  readonly repayments: readonly RepaymentEntry[];
  /** Sums over `repayments`, and what was demanded in the period (interest included). */
  readonly totals: {
    readonly principal: string;
    readonly interest: string;
    readonly due: string;
    readonly receivedBeforePeriod: string;
    readonly demandedInPeriod: string;
    readonly receivedInPeriod: string;
    readonly outstandingAtEnd: string;
  };
}
