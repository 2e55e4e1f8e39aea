/**
 * Everything that happened to a fund, as stored in its stream. Event type strings and field names
 * are stored data: they are never renamed; a change of shape gets a new event type or an upcaster.
 * Every event is self-contained: it carries every figure a reader needs (each funder's part of a
 * split, the tally of a vote), so read models never recompute a decision. Amounts are canonical EUR
 * strings ("1234.50") whose parts always sum exactly to their whole.
 */
import type {
  Applicant,
  ApplicationDetails,
  Contributor,
  JuryGroup,
  Measure,
  PaymentKind,
  PersonIdentity,
  VoteChoice,
} from './fund.commands';
import type { InterestPeriod } from '../interest/interest-statement';
import type { BusinessDate } from '../time/business-date';
import type {
  FundSettings,
  InterestDayCount,
  JuryMajorityRule,
  MatchingModel,
  YearEndPolicy,
} from './fund.settings';

/** One public funder's part of a public amount. */
export interface FunderPart {
  readonly funderId: string;
  readonly amount: string;
}

/** A sum of money split into its public and private parts, the public part split among funders. */
export interface MoneySplit {
  readonly amount: string;
  readonly publicPart: string;
  readonly privatePart: string;
  readonly publicFunderParts: readonly FunderPart[];
}

interface FundEventCommonData {
  readonly fundId: string;
  /** The `issuedAt` of the command that produced the event. */
  readonly occurredAt: string;
}

/**
 * The business date of an event that has one in real life (a meeting, a notice, receipt of a proof),
 * under the name the event gives it. Events recorded before business dates were kept have none, so the
 * field is optional when read: such an event counts by the day it was recorded. New events always carry it.
 */
type DatedBy<Field extends string> = { readonly [Name in Field]?: BusinessDate };

/** What a late entry corrects, when its command named it (see `CorrectionNote` of the commands). */
interface CorrectionData {
  readonly corrects?: string;
}

type FundEventOf<Type extends string, Data> = {
  readonly type: Type;
  readonly data: FundEventCommonData & Data;
};

// Fund setup, settings and fiscal years

export type FundOpened = FundEventOf<
  'FundOpened',
  { readonly name: string; readonly area: string; readonly settings: FundSettings }
>;

export type FundSettingsChanged = FundEventOf<
  'FundSettingsChanged',
  { readonly settings: FundSettings } & DatedBy<'effectiveDate'> & CorrectionData
>;

export type FiscalYearBudgetSet = FundEventOf<
  'FiscalYearBudgetSet',
  { readonly fiscalYear: number; readonly publicBudget: string }
>;

/** Money moved during one fiscal year, by pot. */
export interface FiscalYearFigures {
  readonly publicBudget: string;
  readonly publicReceived: string;
  readonly privateReceived: string;
  readonly publicCommitted: string;
  readonly privateCommitted: string;
  readonly publicReleased: string;
  readonly privateReleased: string;
  readonly publicPaid: string;
  readonly privatePaid: string;
  readonly publicRefunded: string;
  readonly privateRefunded: string;
}

/** The fund's position at the moment a year is closed, before carry-over or lapse. */
export interface FundBalances {
  readonly publicAvailable: string;
  readonly privateAvailable: string;
  readonly publicOpenCommitments: string;
  readonly privateOpenCommitments: string;
}

export type FiscalYearClosed = FundEventOf<
  'FiscalYearClosed',
  {
    readonly fiscalYear: number;
    readonly yearEndPolicy: YearEndPolicy;
    readonly figures: FiscalYearFigures;
    readonly closingBalances: FundBalances;
    readonly publicCarriedOver: string;
    readonly privateCarriedOver: string;
    /** Uncommitted public money of the year that lapses under the `lapse` policy; "0.00" otherwise. */
    readonly publicLapsed: string;
    readonly publicLapsedFunderParts: readonly FunderPart[];
  }
>;

export type FundClosed = FundEventOf<'FundClosed', { readonly reason: string }>;

// Contributions

export type PrivateContributionRecorded = FundEventOf<
  'PrivateContributionRecorded',
  {
    readonly contributionId: string;
    readonly contributor: Contributor;
    readonly amount: string;
    readonly valueDate: string;
    readonly fiscalYear: number;
    readonly reference: string;
  } & CorrectionData
>;

export type PublicContributionRecorded = FundEventOf<
  'PublicContributionRecorded',
  {
    readonly contributionId: string;
    readonly amount: string;
    readonly valueDate: string;
    readonly fiscalYear: number;
    readonly reference: string;
  } & CorrectionData
>;

/** How a public contribution is shared among the funders, by their configured shares. */
export type PublicContributionSplit = FundEventOf<
  'PublicContributionSplit',
  {
    readonly contributionId: string;
    readonly amount: string;
    readonly fiscalYear: number;
    readonly parts: readonly FunderPart[];
  }
>;

// Applications

export type ApplicationSubmitted = FundEventOf<
  'ApplicationSubmitted',
  ApplicationDetails & { readonly applicationId: string }
>;

export type ApplicationMarkedIncomplete = FundEventOf<
  'ApplicationMarkedIncomplete',
  { readonly applicationId: string; readonly reason: string }
>;

/** Carries the complete amended plan, which replaces the submitted one; the application is submitted again. */
export type ApplicationAmended = FundEventOf<
  'ApplicationAmended',
  ApplicationDetails & { readonly applicationId: string }
>;

export type ApplicationDeclaredEligible = FundEventOf<
  'ApplicationDeclaredEligible',
  { readonly applicationId: string }
>;

export type ApplicationDeclaredIneligible = FundEventOf<
  'ApplicationDeclaredIneligible',
  { readonly applicationId: string; readonly reason: string }
>;

export type ApplicationWithdrawn = FundEventOf<
  'ApplicationWithdrawn',
  { readonly applicationId: string; readonly reason: string }
>;

// Jury

/**
 * `subject` (and `issuer`, where accounts come from an identity provider) names the person appointed.
 * Appointments recorded before people were recorded carry neither: such a member counts for the
 * jury, but no token acts as them until they are removed and appointed again with a subject.
 */
export type JuryMemberAppointed = FundEventOf<
  'JuryMemberAppointed',
  {
    readonly memberId: string;
    readonly name: string;
    readonly group: JuryGroup;
    readonly subject?: string;
    readonly issuer?: string;
  }
>;

export type JuryMemberLeft = FundEventOf<
  'JuryMemberLeft',
  { readonly memberId: string; readonly reason: string }
>;

export type ApplicationPutOnAgenda = FundEventOf<
  'ApplicationPutOnAgenda',
  {
    readonly applicationId: string;
    readonly decisionId: string;
    readonly meetingId: string;
    readonly meetingDate: string;
  }
>;

export type JuryAttendanceRecorded = FundEventOf<
  'JuryAttendanceRecorded',
  {
    readonly applicationId: string;
    readonly decisionId: string;
    readonly presentMemberIds: readonly string[];
  }
>;

export type ConflictOfInterestDeclared = FundEventOf<
  'ConflictOfInterestDeclared',
  {
    readonly applicationId: string;
    readonly memberId: string;
    readonly reason: string;
    /** The decision open at the time, if any. */
    readonly decisionId: string | null;
  }
>;

export type VoteCast = FundEventOf<
  'VoteCast',
  {
    readonly applicationId: string;
    readonly decisionId: string;
    readonly memberId: string;
    readonly vote: VoteChoice;
  }
>;

export type VoteCorrected = FundEventOf<
  'VoteCorrected',
  {
    readonly applicationId: string;
    readonly decisionId: string;
    readonly memberId: string;
    readonly previousVote: VoteChoice;
    readonly vote: VoteChoice;
    readonly reason: string;
  }
>;

export interface VoteTally {
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
}

export interface MemberVote {
  readonly memberId: string;
  readonly vote: VoteChoice;
}

/** The jury's decision, dated by the day of the meeting that took it. */
export type JuryVoteClosed = FundEventOf<
  'JuryVoteClosed',
  DatedBy<'meetingDate'> &
    CorrectionData & {
      readonly applicationId: string;
      readonly decisionId: string;
      readonly meetingId: string;
      /** Current members of the jury when the vote closed. */
      readonly memberCount: number;
      readonly presentMemberIds: readonly string[];
      readonly recusedMemberIds: readonly string[];
      /** Present members who are current members and not recused: the ones counted for the quorum. */
      readonly quorumPresentCount: number;
      readonly quorumRequired: number;
      readonly majorityRule: JuryMajorityRule;
      readonly votes: readonly MemberVote[];
      readonly tally: VoteTally;
      readonly outcome: 'approved' | 'rejected';
      /** The amount of the motion put to the vote. */
      readonly motionAmount: string;
      /**
       * Present when the minutes record only the tally of a show of hands: `votes` is then empty and
       * `tally` is the minuted one. Absent when the tally is counted from the members' votes.
       */
      readonly showOfHands?: true;
    }
>;

/**
 * A jury meeting as the fund's office minuted it, once for the whole meeting. The events of each
 * agenda item follow it in the order of `applicationIds`: attendance, conflicts declared, the votes
 * (or the tally of a show of hands), and the decision.
 */
export type JuryMeetingMinuted = FundEventOf<
  'JuryMeetingMinuted',
  {
    readonly meetingId: string;
    readonly meetingDate: BusinessDate;
    readonly presentMemberIds: readonly string[];
    readonly applicationIds: readonly string[];
  }
>;

export type ApplicationApproved = FundEventOf<
  'ApplicationApproved',
  {
    readonly applicationId: string;
    readonly decisionId: string;
    readonly approvedAmount: string;
  } & DatedBy<'meetingDate'>
>;

export type ApplicationRejected = FundEventOf<
  'ApplicationRejected',
  { readonly applicationId: string; readonly decisionId: string } & DatedBy<'meetingDate'>
>;

export type ApplicationDeferred = FundEventOf<
  'ApplicationDeferred',
  {
    readonly applicationId: string;
    readonly decisionId: string;
    readonly reason: string;
  } & DatedBy<'meetingDate'> &
    CorrectionData
>;

// Grants, advances, proof of use, payouts, close

/** The grant notice commits money: `amount` is split into public and private parts, the public part among funders. */
export type GrantNoticeIssued = FundEventOf<
  'GrantNoticeIssued',
  MoneySplit & {
    readonly grantId: string;
    readonly applicationId: string;
    readonly fiscalYear: number;
    readonly applicant: Applicant;
    readonly measure: Measure;
    readonly eligibleCosts: string;
    readonly ownContribution: string;
    readonly matchingModel: MatchingModel;
    readonly publicShareMax: string;
  } & DatedBy<'noticeDate'> &
    CorrectionData
>;

/**
 * Who certified and who ordered money leaving the fund or owed to it, and when: the four eyes a payment
 * or a repayment demand passed. While the fund keeps four eyes the two are different people.
 */
export interface FourEyesRecord {
  readonly certifiedBy: PersonIdentity;
  readonly certifiedOn: string;
  readonly orderedBy: PersonIdentity;
  readonly orderedOn: string;
}

/** The four eyes a payment passed on its way out of the fund, and the export that handed it over. */
export interface PaymentOrderRecord extends FourEyesRecord {
  /** The export that handed the order to the city's finance system. */
  readonly exportId: string;
}

interface PaymentData extends MoneySplit, CorrectionData {
  readonly grantId: string;
  readonly applicationId: string;
  readonly payoutId: string;
  readonly valueDate: string;
  readonly fiscalYear: number;
  /**
   * Present when the payment was certified, ordered and exported; absent when it was booked directly
   * (funds without four eyes, and every payment before the rule existed).
   */
  readonly paymentOrder?: PaymentOrderRecord;
}

export type AdvancePaid = FundEventOf<'AdvancePaid', PaymentData>;

export type ProofOfUseSubmitted = FundEventOf<
  'ProofOfUseSubmitted',
  {
    readonly grantId: string;
    readonly applicationId: string;
    readonly reportedCosts: string;
    readonly reference: string;
  } & DatedBy<'receivedDate'> &
    CorrectionData
>;

export type ProofOfUseRejected = FundEventOf<
  'ProofOfUseRejected',
  { readonly grantId: string; readonly applicationId: string; readonly reason: string }
>;

/**
 * The proof is accepted and the grant recalculated from the proven eligible costs: the figures
 * after `recalculated` are the grant from now on. A reduction is released by a following
 * `GrantCommitmentReleased` (reason `recalculated`).
 */
export type ProofOfUseAccepted = FundEventOf<
  'ProofOfUseAccepted',
  {
    readonly grantId: string;
    readonly applicationId: string;
    readonly provenEligibleCosts: string;
    readonly recalculated: MoneySplit;
    /** Paid so far (advances) when the proof was accepted. */
    readonly paid: MoneySplit;
  }
>;

export type PayoutMade = FundEventOf<'PayoutMade', PaymentData>;

export type CommitmentReleaseReason = 'recalculated' | 'closed' | 'withdrawn' | 'expired' | 'revoked';

/** Committed money that will not be paid goes back to the fund's available money. */
export type GrantCommitmentReleased = FundEventOf<
  'GrantCommitmentReleased',
  MoneySplit & {
    readonly grantId: string;
    readonly applicationId: string;
    readonly reason: CommitmentReleaseReason;
    /** The year of the revocation notice that released it, or of the day it was recorded. */
    readonly fiscalYear: number;
  }
>;

export type GrantClosed = FundEventOf<
  'GrantClosed',
  { readonly grantId: string; readonly applicationId: string; readonly paid: MoneySplit }
>;

export type GrantExpired = FundEventOf<
  'GrantExpired',
  { readonly grantId: string; readonly applicationId: string; readonly reason: string }
>;

// Payees, four eyes on payments, payment orders

/** A payee as recorded: the IBAN without spaces and in capitals, the BIC or null. Personal data. */
export interface Payee {
  readonly accountHolder: string;
  readonly iban: string;
  readonly bic: string | null;
}

export type GrantPayeeRecorded = FundEventOf<
  'GrantPayeeRecorded',
  {
    readonly grantId: string;
    readonly applicationId: string;
    readonly payee: Payee;
    /** False when the fund's office confirmed an account holder other than the applicant. */
    readonly holderIsApplicant: boolean;
  }
>;

export type PaymentCertified = FundEventOf<
  'PaymentCertified',
  {
    readonly grantId: string;
    readonly applicationId: string;
    readonly paymentId: string;
    readonly kind: PaymentKind;
    readonly amount: string;
    /** The payee at the time of certification: the one the order will pay. */
    readonly payee: Payee;
    readonly certifiedBy: PersonIdentity;
    readonly certifiedOn: string;
  }
>;

export type PaymentOrdered = FundEventOf<
  'PaymentOrdered',
  {
    readonly grantId: string;
    readonly applicationId: string;
    readonly paymentId: string;
    readonly kind: PaymentKind;
    readonly amount: string;
    readonly valueDate: string;
    readonly fiscalYear: number;
    readonly certifiedBy: PersonIdentity;
    readonly certifiedOn: string;
    readonly orderedBy: PersonIdentity;
    readonly orderedOn: string;
  }
>;

export type PaymentOrderWithdrawn = FundEventOf<
  'PaymentOrderWithdrawn',
  {
    readonly grantId: string;
    readonly applicationId: string;
    readonly paymentId: string;
    /** What was taken back: a certification waiting for its order, or an order waiting for export. */
    readonly stage: 'certified' | 'ordered';
    readonly reason: string;
  }
>;

/** One payment in an export: everything the payment order file needs, so the file can be made again from the event. */
export interface ExportedPayment {
  readonly paymentId: string;
  readonly grantId: string;
  readonly applicationId: string;
  readonly kind: PaymentKind;
  readonly amount: string;
  readonly valueDate: string;
  readonly payee: Payee;
  readonly certifiedBy: PersonIdentity;
  readonly certifiedOn: string;
  readonly orderedBy: PersonIdentity;
  readonly orderedOn: string;
}

/**
 * Ordered payments handed to the city's finance system, each exactly once. The payment events
 * (`AdvancePaid`, `PayoutMade`) that follow book the money; the files (SEPA pain.001, CSV) are
 * renditions of this event.
 */
export type PaymentOrdersExported = FundEventOf<
  'PaymentOrdersExported',
  {
    readonly exportId: string;
    readonly debtor: Payee;
    readonly payments: readonly ExportedPayment[];
    readonly paymentCount: number;
    readonly total: string;
  }
>;

// Revocation and repayment

export type GrantRevoked = FundEventOf<
  'GrantRevoked',
  {
    readonly grantId: string;
    readonly applicationId: string;
    readonly reason: string;
  } & DatedBy<'noticeDate'> &
    CorrectionData
>;

/**
 * `late-interest`: the interest recomputed when a repayment arrives later than interest was computed to.
 * `unused-money`: interest on an advance or payout that lay unused beyond the fund's grace (§ 49a (4) VwVfG).
 */
export type RepaymentReason = 'revoked' | 'overpaid-advance' | 'late-interest' | 'unused-money';

/** The payment whose money lay unused, on a demand of reason `unused-money`. */
export interface UnusedPaymentData {
  readonly payoutId: string;
  /** The part of the payment that lay unused: the principal the interest runs on (not itself demanded back). */
  readonly unusedAmount: string;
  /** The day the money was used; null when it was still unused on the notice date. */
  readonly usedOn: string | null;
}

/** One stretch of a statement within one half-year, with its rate, as the statement computed it. */
export type InterestPeriodData = InterestPeriod;

/** How the interest of a demand was computed (§ 49a VwVfG): from when, to when, each period with its rate. */
export interface InterestStatementData {
  /** The rate the notice fixed; null for 5 percentage points above the base rate. */
  readonly fixedRatePercentPerYear: string | null;
  readonly dayCount: InterestDayCount;
  readonly from: string;
  readonly until: string;
  /** Each period's interest rounded half up to the cent; `interest` is their sum. */
  readonly periods: readonly InterestPeriodData[];
}

/**
 * What a repayment demand claims: the recipient owes the fund `amount` = `principal` + `interest`;
 * `publicPart`/`privatePart` say which pot each euro returns to, in proportion to what each pot paid. A
 * demand made by a revocation carries the revocation notice's date; one for an overpaid advance follows
 * the proof's acceptance, which has no date of its own.
 */
export type RepaymentDemandTerms = MoneySplit & {
  readonly grantId: string;
  readonly applicationId: string;
  readonly reason: RepaymentReason;
  readonly principal: string;
  /** The rate of the statement's first period (or of the whole, recorded before statements); "0" for none. */
  readonly interestRatePercentPerYear: string;
  /** Days of interest in all; the statement has them period by period. */
  readonly interestDays: number;
  readonly interest: string;
  /** The interest computed from the dates; absent on demands without interest and those recorded before. */
  readonly interestStatement?: InterestStatementData;
  /** Present exactly on demands of reason `unused-money`. */
  readonly unusedPayment?: UnusedPaymentData;
} & DatedBy<'noticeDate'>;

/**
 * The first pair of eyes on a repayment demand, where the fund keeps four eyes: the person revoking the
 * grant, or accepting a proof of use that shows an advance overpaid, certifies what is owed. Nothing is
 * owed until another person orders the demand (`RepaymentDemanded`).
 */
export type RepaymentDemandCertified = FundEventOf<
  'RepaymentDemandCertified',
  RepaymentDemandTerms & { readonly certifiedBy: PersonIdentity; readonly certifiedOn: string }
>;

/** What the recipient owes the fund from now on. */
export type RepaymentDemanded = FundEventOf<
  'RepaymentDemanded',
  RepaymentDemandTerms & {
    /**
     * Present when the demand was certified and then ordered; absent when it was demanded at once
     * (funds without four eyes, and every demand before the rule existed).
     */
    readonly demandOrder?: FourEyesRecord;
  }
>;

export type RepaymentReceived = FundEventOf<
  'RepaymentReceived',
  MoneySplit & {
    readonly grantId: string;
    readonly applicationId: string;
    readonly repaymentId: string;
    readonly valueDate: string;
    readonly fiscalYear: number;
    /** What the recipient still owes after this repayment. */
    readonly outstanding: string;
  } & CorrectionData
>;

export type RepaymentSettled = FundEventOf<
  'RepaymentSettled',
  { readonly grantId: string; readonly applicationId: string; readonly totalRepaid: string }
>;

export type FundSetupEvent =
  FundOpened | FundSettingsChanged | FiscalYearBudgetSet | FiscalYearClosed | FundClosed;
export type ContributionEvent =
  PrivateContributionRecorded | PublicContributionRecorded | PublicContributionSplit;
export type ApplicationEvent =
  | ApplicationSubmitted
  | ApplicationMarkedIncomplete
  | ApplicationAmended
  | ApplicationDeclaredEligible
  | ApplicationDeclaredIneligible
  | ApplicationWithdrawn;
export type JuryEvent =
  | JuryMemberAppointed
  | JuryMemberLeft
  | ApplicationPutOnAgenda
  | JuryAttendanceRecorded
  | ConflictOfInterestDeclared
  | VoteCast
  | VoteCorrected
  | JuryVoteClosed
  | JuryMeetingMinuted
  | ApplicationApproved
  | ApplicationRejected
  | ApplicationDeferred;
export type GrantEvent =
  | GrantNoticeIssued
  | AdvancePaid
  | ProofOfUseSubmitted
  | ProofOfUseRejected
  | ProofOfUseAccepted
  | PayoutMade
  | GrantCommitmentReleased
  | GrantClosed
  | GrantExpired;
export type PaymentEvent =
  GrantPayeeRecorded | PaymentCertified | PaymentOrdered | PaymentOrderWithdrawn | PaymentOrdersExported;
export type RevocationEvent =
  GrantRevoked | RepaymentDemandCertified | RepaymentDemanded | RepaymentReceived | RepaymentSettled;

export type FundEvent =
  | FundSetupEvent
  | ContributionEvent
  | ApplicationEvent
  | JuryEvent
  | GrantEvent
  | PaymentEvent
  | RevocationEvent;

export type FundEventType = FundEvent['type'];

/** The data of the event with the given type. */
export type FundEventData<Type extends FundEventType> = Extract<FundEvent, { type: Type }>['data'];

/** Every event type, for exhaustive handling by readers (e.g. projections asserting they know all types). */
export const FUND_EVENT_TYPES = [
  'FundOpened',
  'FundSettingsChanged',
  'FiscalYearBudgetSet',
  'FiscalYearClosed',
  'FundClosed',
  'PrivateContributionRecorded',
  'PublicContributionRecorded',
  'PublicContributionSplit',
  'ApplicationSubmitted',
  'ApplicationMarkedIncomplete',
  'ApplicationAmended',
  'ApplicationDeclaredEligible',
  'ApplicationDeclaredIneligible',
  'ApplicationWithdrawn',
  'JuryMemberAppointed',
  'JuryMemberLeft',
  'ApplicationPutOnAgenda',
  'JuryAttendanceRecorded',
  'ConflictOfInterestDeclared',
  'VoteCast',
  'VoteCorrected',
  'JuryVoteClosed',
  'JuryMeetingMinuted',
  'ApplicationApproved',
  'ApplicationRejected',
  'ApplicationDeferred',
  'GrantNoticeIssued',
  'AdvancePaid',
  'ProofOfUseSubmitted',
  'ProofOfUseRejected',
  'ProofOfUseAccepted',
  'PayoutMade',
  'GrantCommitmentReleased',
  'GrantClosed',
  'GrantExpired',
  'GrantPayeeRecorded',
  'PaymentCertified',
  'PaymentOrdered',
  'PaymentOrderWithdrawn',
  'PaymentOrdersExported',
  'GrantRevoked',
  'RepaymentDemandCertified',
  'RepaymentDemanded',
  'RepaymentReceived',
  'RepaymentSettled',
] as const satisfies readonly FundEventType[];
