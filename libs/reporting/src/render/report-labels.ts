/**
 * Every word a rendered report shows, in German (the default: the council's language, in
 * `report-labels.de.ts`) and English (`report-labels.en.ts`). Stored values such as statuses keep their
 * English codes in the data; only their labels change.
 */
import type {
  ContributorKind,
  FundingSource,
  GrantStatus,
  JuryGroup,
  MatchingModel,
} from '@fund-ledger/domain';
import type { PotReconciliation } from '../accountability/accountability-report.model';
import type { ApplicationOutcome } from '../accountability/application-outcomes';
import type { DateBasis } from '../accountability/report-dates';
import { ENGLISH } from './report-labels.en';
import { GERMAN } from './report-labels.de';

export const REPORT_LANGUAGES = ['de', 'en'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** A month of the money-in chart, its amounts formatted for reading. */
export interface MonthInWords {
  readonly label: string;
  readonly public: string;
  readonly private: string;
}

export interface ReportLabels {
  readonly documentTitle: string;
  readonly page: (page: number, pageCount: number) => string;
  /** Every page's footer: the whole digest root and the position. */
  readonly footer: (root: string, position: number) => string;
  readonly yes: string;
  readonly no: string;
  readonly none: string;
  readonly total: string;
  readonly emptyList: string;
  readonly facts: {
    readonly fund: string;
    readonly area: string;
    readonly period: string;
    readonly fundStatus: string;
    readonly fundingSource: string;
    readonly matchingModel: string;
    readonly publicShareMax: string;
    readonly perProjectPublicCap: string;
    readonly noCap: string;
    readonly publicMoneyInvestiveOnly: string;
    readonly publicFunders: string;
    readonly position: string;
    readonly ledgerDigest: string;
    readonly digestCovers: string;
    readonly fundStreamHead: string;
    readonly eventsInPeriod: string;
    readonly generatedAt: string;
    readonly sealPosition: string;
    readonly sealedAt: string;
    readonly sealSignature: string;
    readonly sealKey: string;
  };
  readonly dates: {
    /** How the period is cut, after the period in the header. */
    readonly periodBasis: Readonly<Record<DateBasis, string>>;
    /** Under a table: which date it shows. */
    readonly note: Readonly<Record<DateBasis, string>>;
  };
  readonly sections: {
    readonly balances: string;
    readonly moneyIn: string;
    readonly capOverTime: string;
    readonly applications: string;
    readonly decisions: string;
    readonly grants: string;
    readonly payouts: string;
    readonly openCommitments: string;
    readonly clawbacks: string;
    readonly integrity: string;
  };
  /** The lines of the reconciliations in section 1. */
  readonly lines: Readonly<Record<keyof PotReconciliation, string>>;
  /** The same figures as short column headings of the tables per funder. */
  readonly funderColumns: Readonly<Record<keyof PotReconciliation, string>>;
  readonly balances: {
    readonly introPooled: string;
    readonly introPerProject: string;
    readonly availableTitle: string;
    readonly commitmentsTitle: string;
    readonly repaymentsTitle: string;
    readonly signNote: string;
    readonly availableRule: string;
    readonly commitmentsRule: string;
    readonly repaymentsRule: string;
    readonly fundersAvailableTitle: string;
    readonly fundersCommitmentsTitle: string;
    readonly fundersNote: string;
    readonly oneFunder: (name: string) => string;
  };
  readonly columns: {
    readonly item: string;
    readonly public: string;
    readonly private: string;
    readonly publicMoney: string;
    readonly amount: string;
    readonly funder: string;
    readonly kind: string;
    readonly contributor: string;
    readonly count: string;
    readonly month: string;
    readonly monthEnd: string;
    readonly publicSpent: string;
    readonly privateSpent: string;
    readonly publicShare: string;
    readonly cap: string;
    readonly withinCap: string;
    readonly headroom: string;
    readonly project: string;
    readonly eligibleCosts: string;
    readonly ownContribution: string;
    readonly publicLimit: string;
    readonly status: string;
    readonly requested: string;
    readonly approved: string;
    readonly date: string;
    readonly meetingDate: string;
    readonly meeting: string;
    readonly application: string;
    readonly outcome: string;
    readonly votes: string;
    readonly quorum: string;
    readonly decidedAmount: string;
    readonly present: string;
    readonly recused: string;
    readonly grant: string;
    readonly granted: string;
    readonly paid: string;
    readonly released: string;
    readonly openAtEnd: string;
    readonly valueDate: string;
    readonly payoutKind: string;
    readonly reason: string;
    readonly principal: string;
    readonly interest: string;
    readonly due: string;
    readonly repaidBefore: string;
    readonly repaidInPeriod: string;
    readonly outstanding: string;
  };
  readonly moneyIn: {
    readonly total: string;
    readonly publicTotal: string;
    readonly noPrivate: string;
    readonly privateByKind: string;
    readonly privateByContributor: string;
    readonly publicByFunder: string;
    readonly notSplit: string;
    readonly byMonth: string;
    readonly chartTitle: string;
    /** The chart in words: the months with money in, and whether private bars are drawn. */
    readonly chartDescription: (months: readonly MonthInWords[], withPrivate: boolean) => string;
  };
  readonly cap: {
    readonly chartTitle: string;
    readonly chartDescription: (cap: string, points: readonly string[]) => string;
    readonly capLine: string;
    readonly explanationPooled: (publicShareMax: string) => string;
    readonly explanationPerProject: (publicShareMax: string, perProjectCap: string | null) => string;
    readonly headroomPooled: string;
    readonly headroomPerProject: string;
    readonly pooled: {
      readonly title: string;
      readonly privateReceived: string;
      readonly publicReceived: string;
      readonly matched: string;
      readonly publicSpent: string;
      readonly matchedNotSpent: string;
      readonly publicAvailable: string;
      readonly headroom: string;
      readonly rule: string;
    };
    readonly projectsTitle: string;
    readonly projectsNote: string;
    readonly projectsOverLimit: (titles: readonly string[]) => string;
    readonly noProjects: string;
  };
  readonly applications: {
    readonly submitted: string;
    readonly submittedRequested: string;
    readonly byOutcome: string;
    readonly requestedNote: string;
    readonly earlierNote: (count: number, requested: string) => string;
    readonly amendedNote: (count: number, before: string, after: string) => string;
  };
  readonly decisions: {
    readonly quorumText: (present: number, required: number, members: number) => string;
    readonly noVote: string;
    readonly empty: string;
    readonly explanation: string;
    readonly attendanceTitle: string;
  };
  readonly grants: { readonly rule: string };
  readonly payouts: { readonly totalNote: string };
  readonly openCommitments: { readonly totalNote: string };
  readonly clawbacks: { readonly revocations: string; readonly repayments: string; readonly rule: string };
  readonly integrity: {
    readonly proves: (position: number) => string;
    readonly limits: string;
    readonly sealed: (sealedOn: string, position: number, timeStamped: boolean) => string;
    readonly notSealed: string;
    readonly sealUnknown: string;
    readonly whoChecks: string;
    readonly codeTitle: string;
    readonly codeDescription: (payload: string) => string;
    readonly commands: readonly string[];
    readonly digestCovers: (events: number, streams: number) => string;
  };
  readonly values: {
    readonly contributorKind: Readonly<Record<ContributorKind, string>>;
    readonly applicationStatus: Readonly<Record<ApplicationOutcome, string>>;
    readonly grantStatus: Readonly<Record<GrantStatus, string>>;
    readonly outcome: Readonly<Record<'approved' | 'rejected' | 'deferred', string>>;
    readonly juryGroup: Readonly<Record<JuryGroup, string>>;
    readonly payoutKind: Readonly<Record<'advance' | 'payout', string>>;
    readonly matchingModel: Readonly<Record<MatchingModel, string>>;
    readonly fundingSource: Readonly<Record<FundingSource, string>>;
    readonly fundStatus: Readonly<Record<'open' | 'closed', string>>;
  };
  readonly monthNames: readonly string[];
}

export function labelsFor(language: ReportLanguage): ReportLabels {
  return language === 'de' ? GERMAN : ENGLISH;
}
