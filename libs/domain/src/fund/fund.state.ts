/**
 * What the fund's decider knows: everything needed to decide the next command, folded from the
 * fund's own events. Amounts are canonical strings, like in events, so a state can be compared as
 * plain data; things looked up by id are kept in Maps and Sets (see `shared/keyed.ts`).
 */
import type {
  ApplicationDetails,
  VoteChoice,
  JuryGroup,
  Measure,
  PaymentKind,
  PersonIdentity,
} from './fund.commands';
import type {
  FiscalYearFigures,
  FunderPart,
  InterestStatementData,
  Payee,
  RepaymentDemandCertified,
} from './fund.events';
import type { FundSettings } from './fund.settings';
import type { ApplicationProcessStatus } from './lifecycle/application-status';
import { NO_HANDLED_COMMANDS, type HandledCommands } from './shared/handled-commands';

export type FundStatus = 'not-opened' | 'open' | 'closed';

/** Money of one pot (public or private) or of one public funder. */
export interface PotFigures {
  readonly received: string;
  /** Granted and not yet paid or released. */
  readonly committed: string;
  readonly paid: string;
  /** Repaid by recipients after a revocation or an overpaid advance. */
  readonly refunded: string;
  /** Uncommitted public money given up when a fiscal year closed under the `lapse` policy. */
  readonly lapsed: string;
}

export interface FunderFigures extends PotFigures {
  readonly funderId: string;
}

export interface FiscalYearState {
  readonly fiscalYear: number;
  readonly publicBudget: string | null;
  readonly closed: boolean;
  readonly figures: FiscalYearFigures;
}

/** An agenda item: the jury deciding about one application at one meeting. */
export interface OpenDecision {
  readonly decisionId: string;
  readonly meetingId: string;
  readonly meetingDate: string;
  readonly presentMemberIds: readonly string[];
  /** Votes in the order cast (a correction keeps the member's place). */
  readonly votes: readonly { readonly memberId: string; readonly vote: VoteChoice }[];
}

export interface ApplicationState {
  readonly applicationId: string;
  readonly status: ApplicationProcessStatus;
  readonly details: ApplicationDetails;
  /** Members who declared a conflict of interest for this application. */
  readonly recusedMemberIds: readonly string[];
  readonly openDecision: OpenDecision | null;
  readonly approvedAmount: string | null;
  readonly grantId: string | null;
  /** The latest business date of the application's jury decisions; null while it has none. */
  readonly lastBusinessDate: string | null;
}

export interface JuryMemberState {
  readonly memberId: string;
  readonly name: string;
  readonly group: JuryGroup;
  readonly active: boolean;
  /** The person appointed; null for an appointment recorded before people were, whom no token acts as. */
  readonly subject: string | null;
  readonly issuer: string | null;
}

/** An amount with its public and private parts and the public part per funder. */
export interface SplitFigures {
  readonly amount: string;
  readonly publicPart: string;
  readonly privatePart: string;
  readonly publicFunderParts: readonly FunderPart[];
}

export type GrantStatus =
  'committed' | 'proof-submitted' | 'proof-accepted' | 'closed' | 'expired' | 'revoked' | 'withdrawn';

export interface RepaymentState {
  /** Paid money demanded back so far, without interest: never more than was paid. */
  readonly principal: string;
  /** Everything demanded so far (principal and interest). */
  readonly due: SplitFigures;
  readonly received: SplitFigures;
  /**
   * How interest runs on what is still owed, and the day it was last computed to: a repayment arriving
   * later owes the interest since. Null for demands without interest terms.
   */
  readonly interest: { readonly statement: InterestStatementData } | null;
}

/** One advance or payout of a grant, as needed to charge interest on its money lying unused. */
export interface GrantPaymentState {
  readonly payoutId: string;
  readonly kind: 'advance' | 'payout';
  readonly valueDate: string;
  readonly paid: SplitFigures;
  /**
   * The day interest on the money lying unused has been demanded to (not counted); null while none
   * has been. A later demand starts there, so no day is charged twice.
   */
  readonly unusedInterestDemandedUntil: string | null;
}

export interface GrantState {
  readonly grantId: string;
  readonly applicationId: string;
  readonly status: GrantStatus;
  readonly fiscalYear: number;
  readonly measure: Measure;
  readonly eligibleCosts: string;
  readonly ownContribution: string;
  /** The grant as it stands: issued, then reduced by recalculation and releases; never below `paid`. */
  readonly granted: SplitFigures;
  /** Advances and payouts so far. */
  readonly paid: SplitFigures;
  /** Each advance and payout, by its id. */
  readonly payments: ReadonlyMap<string, GrantPaymentState>;
  readonly repayment: RepaymentState | null;
  /** The latest business date of the grant's events (notice, payments, proofs, revocation, repayments). */
  readonly lastBusinessDate: string | null;
  /** A repayment demand certified and waiting for another person's order; nothing is owed from it yet. */
  readonly demandAwaitingOrder: RepaymentDemandCertified['data'] | null;
  /** Who receives the grant's money; null until the fund's office records it. */
  readonly payee: Payee | null;
}

/** A payment certified, and perhaps ordered, that has not been exported yet: its money is reserved. */
export interface PendingPayment {
  readonly paymentId: string;
  readonly grantId: string;
  readonly applicationId: string;
  readonly kind: PaymentKind;
  readonly amount: string;
  readonly payee: Payee;
  readonly certifiedBy: PersonIdentity;
  readonly certifiedOn: string;
  readonly order: {
    readonly orderedBy: PersonIdentity;
    readonly orderedOn: string;
    readonly valueDate: string;
  } | null;
}

export interface FundState {
  readonly status: FundStatus;
  readonly fundId: string | null;
  readonly name: string;
  readonly area: string;
  readonly settings: FundSettings | null;
  readonly handledCommands: HandledCommands;
  /** By fiscal year, as a decimal string. */
  readonly fiscalYears: ReadonlyMap<string, FiscalYearState>;
  readonly publicPot: PotFigures;
  readonly privatePot: PotFigures;
  /** Every public funder ever configured, in the order first configured; removed funders keep their figures. */
  readonly funders: readonly FunderFigures[];
  readonly contributionIds: ReadonlySet<string>;
  readonly applications: ReadonlyMap<string, ApplicationState>;
  readonly juryMembers: ReadonlyMap<string, JuryMemberState>;
  readonly grants: ReadonlyMap<string, GrantState>;
  /** Ids of advances and payouts, which must never be booked twice. */
  readonly payoutIds: ReadonlySet<string>;
  readonly repaymentIds: ReadonlySet<string>;
  readonly decisionIds: ReadonlySet<string>;
  /** The date the latest settings change took effect; null before the first change with a date. */
  readonly settingsEffectiveDate: string | null;
  /** Certified or ordered payments not yet exported, in the order they were certified. */
  readonly pendingPayments: ReadonlyMap<string, PendingPayment>;
  readonly exportIds: ReadonlySet<string>;
}

export const EMPTY_POT: PotFigures = {
  received: '0.00',
  committed: '0.00',
  paid: '0.00',
  refunded: '0.00',
  lapsed: '0.00',
};

export function initialFundState(): FundState {
  return {
    status: 'not-opened',
    fundId: null,
    name: '',
    area: '',
    settings: null,
    handledCommands: NO_HANDLED_COMMANDS,
    fiscalYears: new Map(),
    publicPot: EMPTY_POT,
    privatePot: EMPTY_POT,
    funders: [],
    contributionIds: new Set(),
    applications: new Map(),
    juryMembers: new Map(),
    grants: new Map(),
    payoutIds: new Set(),
    repaymentIds: new Set(),
    decisionIds: new Set(),
    settingsEffectiveDate: null,
    pendingPayments: new Map(),
    exportIds: new Set(),
  };
}
