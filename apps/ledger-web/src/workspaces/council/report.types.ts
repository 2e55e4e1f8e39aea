/**
 * The part of the accountability report (`format=json`) that the council's view shows. The report is
 * a file, not in the OpenAPI document; a type test (`test/e2e/web/report-type.spec.ts`) checks that the
 * service's report model still fits this shape, so the two cannot drift apart.
 */
import type { ApplicationStatus } from '../../../../../libs/domain/src/fund/lifecycle/application-status';

interface PotFigures {
  readonly availableAtStart: string;
  readonly received: string;
  readonly refunded: string;
  readonly granted: string;
  readonly released: string;
  readonly paid: string;
  readonly availableAtEnd: string;
}

interface Split {
  readonly amount: string;
  readonly publicPart: string;
  readonly privatePart: string;
}

export interface CouncilReport {
  readonly fund: { readonly settings: { readonly publicShareMax: string } };
  readonly period: { readonly from: string; readonly to: string };
  readonly source: {
    readonly position: number;
    readonly ledgerDigest: {
      readonly position: number;
      readonly streamCount: number;
      readonly eventCount: number;
      readonly root: string;
    };
    readonly fundStream: { readonly recordedAt: string };
    readonly eventsInPeriod: number;
  };
  readonly balances: { readonly public: PotFigures; readonly private: PotFigures };
  readonly moneyIn: {
    readonly byMonth: readonly {
      readonly month: string;
      readonly public: string;
      readonly private: string;
    }[];
    readonly public: {
      readonly byFunder: readonly {
        readonly funderId: string;
        readonly name: string;
        readonly amount: string;
      }[];
    };
  };
  readonly capOverTime: readonly {
    readonly date: string;
    readonly publicSpent: string;
    readonly privateSpent: string;
    readonly publicShare: string | null;
    readonly withinCap: boolean;
    readonly headroom: string;
  }[];
  readonly applications: {
    readonly submittedCount: number;
    readonly byOutcome: readonly {
      readonly status: ApplicationStatus;
      readonly count: number;
      readonly requestedGrant: string;
      readonly approvedAmount: string;
    }[];
  };
  readonly decisions: readonly {
    readonly decisionId: string;
    readonly title: string;
    readonly meetingDate: string;
    readonly outcome: 'approved' | 'rejected' | 'deferred';
    readonly tally: { readonly yes: number; readonly no: number; readonly abstain: number };
    readonly recused: readonly unknown[];
    readonly approvedAmount: string | null;
  }[];
  readonly payouts: {
    readonly entries: readonly (Split & {
      readonly payoutId: string;
      readonly title: string;
      readonly kind: 'advance' | 'payout';
      readonly valueDate: string;
    })[];
  };
  readonly openCommitments: {
    readonly entries: readonly (Split & {
      readonly grantId: string;
      readonly title: string;
      readonly issuedAt: string;
    })[];
  };
  readonly clawbacks: {
    readonly totals: { readonly demandedInPeriod: string; readonly receivedInPeriod: string };
  };
}
