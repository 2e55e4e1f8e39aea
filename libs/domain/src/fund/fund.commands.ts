/**
 * Everything that can be asked of a fund. Commands are plain readonly data with flat fields: the
 * edge fills in `commandId` (the idempotency key), `issuedAt` (the instant the request was accepted)
 * and every id of a thing the command creates, so the decider never reads a clock or a random source.
 * Amounts are canonical EUR strings such as "1234.50".
 */
import type { BusinessDate } from '../time/business-date';
import type { FundSettingsInput } from './fund.settings';

interface FundCommandBase<Type extends string> {
  readonly type: Type;
  /** Unique per command; a repeated id produces no new events. */
  readonly commandId: string;
  /** ISO-8601 instant; its calendar date (as written) decides the fiscal year of commitments. */
  readonly issuedAt: string;
  readonly fundId: string;
}

/**
 * What every dated command may carry beside its date: a late entry for a fiscal year that is already
 * closed is booked in an open year instead, and says here what it corrects (e.g. "Kontoauszug 47,
 * Zahlung vom 15.12.2025"). The date itself follows the business-date rule: given or today, never in
 * the future, never in a closed year.
 */
interface CorrectionNote {
  readonly corrects?: string;
}

// Fund setup, settings and fiscal years

export interface OpenFund extends FundCommandBase<'OpenFund'> {
  readonly name: string;
  /** The district or area the fund serves, e.g. "Dortmund City". */
  readonly area: string;
  readonly settings: FundSettingsInput;
}

export interface ChangeFundSettings extends FundCommandBase<'ChangeFundSettings'>, CorrectionNote {
  readonly settings: FundSettingsInput;
  /** The day the settings take effect; today when left out. */
  readonly effectiveDate?: BusinessDate;
}

export interface SetFiscalYearBudget extends FundCommandBase<'SetFiscalYearBudget'> {
  readonly fiscalYear: number;
  readonly publicBudget: string;
}

export interface CloseFiscalYear extends FundCommandBase<'CloseFiscalYear'> {
  readonly fiscalYear: number;
}

export interface CloseFund extends FundCommandBase<'CloseFund'> {
  readonly reason: string;
}

// Contributions

export type ContributorKind =
  | 'business'
  | 'property-owner'
  | 'business-improvement-district'
  | 'association'
  | 'resident'
  | 'sponsor'
  | 'other';

export interface Contributor {
  readonly name: string;
  readonly kind: ContributorKind;
}

export interface RecordPrivateContribution
  extends FundCommandBase<'RecordPrivateContribution'>, CorrectionNote {
  readonly contributionId: string;
  readonly contributor: Contributor;
  readonly amount: string;
  /** The bank's value date of the money (YYYY-MM-DD), today when left out; its year is the fiscal year. */
  readonly valueDate?: BusinessDate;
  /** Bank or booking reference. */
  readonly reference: string;
}

export interface RecordPublicContribution
  extends FundCommandBase<'RecordPublicContribution'>, CorrectionNote {
  readonly contributionId: string;
  readonly amount: string;
  readonly valueDate?: BusinessDate;
  readonly reference: string;
}

// Applications

export type ApplicantKind =
  'business' | 'property-owner' | 'association' | 'resident' | 'social-institution' | 'club' | 'other';

export interface Applicant {
  readonly name: string;
  readonly kind: ApplicantKind;
}

/** Investive measures may be paid from public money; non-investive ones only where the fund allows it. */
export type MeasureType = 'investive' | 'non-investive';

export type MeasureKind =
  | 'street-furniture'
  | 'lighting'
  | 'planting'
  | 'signage'
  | 'art-in-public-space'
  | 'event'
  | 'marketing'
  | 'workshop'
  | 'other';

export interface Measure {
  readonly type: MeasureType;
  readonly kind: MeasureKind;
}

/** The cost and financing plan of an application, as submitted or amended. */
export interface ApplicationDetails {
  readonly applicant: Applicant;
  readonly title: string;
  readonly description: string;
  readonly measure: Measure;
  readonly eligibleCosts: string;
  readonly ownContribution: string;
  readonly requestedGrant: string;
  readonly area: string;
}

export interface SubmitApplication extends FundCommandBase<'SubmitApplication'>, ApplicationDetails {
  readonly applicationId: string;
}

export interface MarkApplicationIncomplete extends FundCommandBase<'MarkApplicationIncomplete'> {
  readonly applicationId: string;
  /** What is missing, in words the applicant understands. */
  readonly reason: string;
}

export interface AmendApplication extends FundCommandBase<'AmendApplication'>, ApplicationDetails {
  readonly applicationId: string;
}

export interface DeclareApplicationEligible extends FundCommandBase<'DeclareApplicationEligible'> {
  readonly applicationId: string;
}

export interface DeclareApplicationIneligible extends FundCommandBase<'DeclareApplicationIneligible'> {
  readonly applicationId: string;
  readonly reason: string;
}

export interface WithdrawApplication extends FundCommandBase<'WithdrawApplication'> {
  readonly applicationId: string;
  readonly reason: string;
}

// Jury

export type JuryGroup = 'private-actor' | 'administration' | 'politics';
export type VoteChoice = 'yes' | 'no' | 'abstain';

/**
 * A person as the ledger knows them: the subject of their account and, when accounts come from an
 * identity provider, the issuer of that account. It is an identity to compare, not a name to show.
 */
export interface PersonIdentity {
  readonly subject: string;
  readonly issuer?: string;
}

export interface AppointJuryMember extends FundCommandBase<'AppointJuryMember'> {
  readonly memberId: string;
  readonly name: string;
  readonly group: JuryGroup;
  /** The person appointed, as the fund manager enters their account: only they may act as this member. */
  readonly subject: string;
  readonly issuer?: string;
}

export interface RemoveJuryMember extends FundCommandBase<'RemoveJuryMember'> {
  readonly memberId: string;
  readonly reason: string;
}

export interface PutApplicationOnAgenda extends FundCommandBase<'PutApplicationOnAgenda'> {
  readonly applicationId: string;
  /** Id of the agenda item, i.e. of the decision about to be taken. */
  readonly decisionId: string;
  readonly meetingId: string;
  /** The day the meeting is planned for (YYYY-MM-DD); it may lie ahead. */
  readonly meetingDate: string;
}

export interface RecordJuryAttendance extends FundCommandBase<'RecordJuryAttendance'> {
  readonly applicationId: string;
  /** Every member present for the open decision; replaces an earlier record. */
  readonly presentMemberIds: readonly string[];
}

/**
 * What a jury member does in person: the juror is the person acting (from their token); the member id,
 * when given, must be the one that person was appointed as in this fund, and is found from the
 * person otherwise.
 */
interface JurorAction {
  readonly juror: PersonIdentity;
  readonly memberId?: string;
}

export interface DeclareConflictOfInterest extends FundCommandBase<'DeclareConflictOfInterest'>, JurorAction {
  readonly applicationId: string;
  readonly reason: string;
}

export interface CastVote extends FundCommandBase<'CastVote'>, JurorAction {
  readonly applicationId: string;
  readonly vote: VoteChoice;
}

export interface CorrectVote extends FundCommandBase<'CorrectVote'>, JurorAction {
  readonly applicationId: string;
  readonly vote: VoteChoice;
  readonly reason: string;
}

export interface CloseVote extends FundCommandBase<'CloseVote'>, CorrectionNote {
  readonly applicationId: string;
  /** The amount the motion approves if it carries; at most the requested grant. */
  readonly approvedAmount: string;
  /** The day of the meeting that took the decision; today when left out. */
  readonly meetingDate?: BusinessDate;
}

/** One member's vote as the minutes record it. */
export interface MinutedVote {
  readonly memberId: string;
  readonly vote: VoteChoice;
}

/** A conflict of interest declared at the meeting, for an application on its agenda. */
export interface MinutedConflict {
  readonly memberId: string;
  readonly applicationId: string;
  readonly reason: string;
}

/** The tally of a show of hands. */
export interface MinutedTally {
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
}

/**
 * One agenda item as minuted: exactly one of `votes` (each member's vote), `showOfHands` (the tally
 * only) or `deferralReason`. A vote carries the amount of the motion.
 */
export interface MinutedAgendaItem {
  readonly applicationId: string;
  readonly votes?: readonly MinutedVote[];
  readonly showOfHands?: MinutedTally;
  readonly approvedAmount?: string;
  readonly deferralReason?: string;
}

/**
 * A jury meeting recorded once, by the fund's office: who attended (once for the whole meeting), the
 * conflicts declared, and per agenda item the votes or the tally and so the decision.
 */
export interface RecordJuryMeeting extends FundCommandBase<'RecordJuryMeeting'> {
  /** The meeting the applications were put on the agenda for. */
  readonly meetingId: string;
  /** The day the meeting took place (YYYY-MM-DD). */
  readonly meetingDate: string;
  readonly presentMemberIds: readonly string[];
  readonly conflicts: readonly MinutedConflict[];
  readonly items: readonly MinutedAgendaItem[];
}

export interface DeferApplication extends FundCommandBase<'DeferApplication'>, CorrectionNote {
  readonly applicationId: string;
  readonly reason: string;
  /** The day of the meeting that deferred the application; today when left out. */
  readonly meetingDate?: BusinessDate;
}

// Grants, advances, proof of use, payouts, close

export interface IssueGrantNotice extends FundCommandBase<'IssueGrantNotice'>, CorrectionNote {
  readonly grantId: string;
  readonly applicationId: string;
  /** Money the fund commits; at most the approved amount. */
  readonly amount: string;
  /** The date of the grant notice; today when left out. Its year is the commitment's fiscal year. */
  readonly noticeDate?: BusinessDate;
}

export interface PayAdvance extends FundCommandBase<'PayAdvance'>, CorrectionNote {
  readonly grantId: string;
  readonly payoutId: string;
  readonly amount: string;
  /** The day the money leaves the fund; today when left out. */
  readonly valueDate?: BusinessDate;
}

export interface SubmitProofOfUse extends FundCommandBase<'SubmitProofOfUse'>, CorrectionNote {
  readonly grantId: string;
  /** Costs the recipient reports as spent. */
  readonly reportedCosts: string;
  readonly reference: string;
  /** The day the proof of use was received; today when left out. */
  readonly receivedDate?: BusinessDate;
}

export interface AcceptProofOfUse extends FundCommandBase<'AcceptProofOfUse'> {
  readonly grantId: string;
  /** Eligible costs the fund accepts as proven; the grant is recalculated from them. */
  readonly provenEligibleCosts: string;
  /** The person accepting, from their token: they certify the repayment an overpaid advance leaves owed. */
  readonly certifier: PersonIdentity;
}

export interface RejectProofOfUse extends FundCommandBase<'RejectProofOfUse'> {
  readonly grantId: string;
  readonly reason: string;
}

export interface MakePayout extends FundCommandBase<'MakePayout'>, CorrectionNote {
  readonly grantId: string;
  readonly payoutId: string;
  readonly amount: string;
  /** The day the money leaves the fund; today when left out. */
  readonly valueDate?: BusinessDate;
}

export interface CloseGrant extends FundCommandBase<'CloseGrant'> {
  readonly grantId: string;
}

export interface ExpireGrant extends FundCommandBase<'ExpireGrant'> {
  readonly grantId: string;
  readonly reason: string;
}

// Payees, four eyes on payments, payment orders

/** Who receives a grant's money: the account holder and their account. */
export interface PayeeAccount {
  readonly accountHolder: string;
  /** International Bank Account Number; spaces are allowed and dropped. */
  readonly iban: string;
  /** Business Identifier Code of the payee's bank, where given. */
  readonly bic?: string;
}

export interface RecordGrantPayee extends FundCommandBase<'RecordGrantPayee'>, PayeeAccount {
  readonly grantId: string;
  /**
   * The fund's office confirms that an account holder who is not the applicant is to receive the
   * money (e.g. the association's treasurer); without it, such a payee is refused.
   */
  readonly confirmedDifferentPayee?: boolean;
}

/** An advance is paid before the proof of use, a payout after it. */
export type PaymentKind = 'advance' | 'payout';

/** The first pair of eyes: the payment is factually and arithmetically correct ("sachlich und rechnerisch richtig"). */
export interface CertifyPayment extends FundCommandBase<'CertifyPayment'> {
  readonly grantId: string;
  readonly paymentId: string;
  readonly kind: PaymentKind;
  readonly amount: string;
  /** The person certifying, from their token. */
  readonly certifier: PersonIdentity;
  /** The business date of the certification (YYYY-MM-DD). */
  readonly certifiedOn: string;
}

/** The second pair of eyes: the payment is ordered ("angeordnet"), to be executed by the city's finance system. */
export interface OrderPayment extends FundCommandBase<'OrderPayment'> {
  readonly paymentId: string;
  /** The person ordering, from their token; never the certifier while the fund keeps four eyes. */
  readonly orderer: PersonIdentity;
  /** The business date of the order (YYYY-MM-DD). */
  readonly orderedOn: string;
  /** The day the money is to leave the fund's account (YYYY-MM-DD); its year is the payment's fiscal year. */
  readonly valueDate: string;
}

/** Takes back a certification or an order that has not been exported yet. */
export interface WithdrawPaymentOrder extends FundCommandBase<'WithdrawPaymentOrder'> {
  readonly paymentId: string;
  readonly reason: string;
}

/** The account the fund's money is paid from, as the city's finance system knows it. */
export interface DebtorAccount {
  readonly name: string;
  readonly iban: string;
  readonly bic?: string;
}

/** Hands every ordered payment not yet exported to the city's finance system, once. */
export interface ExportPaymentOrders extends FundCommandBase<'ExportPaymentOrders'> {
  readonly exportId: string;
  readonly debtor: DebtorAccount;
}

// Revocation and repayment

export interface RevokeGrant extends FundCommandBase<'RevokeGrant'>, CorrectionNote {
  readonly grantId: string;
  readonly reason: string;
  /** Part of the money paid out that must be repaid; at most what was paid. */
  readonly repaymentPrincipal: string;
  /**
   * The day the grant became void, from which the amount to be repaid bears interest; the notice date
   * when left out. A revocation with effect for the past names an earlier day (never after the notice).
   */
  readonly voidFrom?: BusinessDate;
  /** A fixed yearly rate in percent the notice names instead of 5 points above the base rate, e.g. "6". */
  readonly fixedInterestRatePercentPerYear?: string;
  /** The date of the revocation notice, which is also the repayment demand's; today when left out. */
  readonly noticeDate?: BusinessDate;
  /** The person revoking, from their token: they certify the repayment the revocation demands. */
  readonly certifier: PersonIdentity;
}

/** The second pair of eyes on a repayment demand: it is ordered, and from then on the money is owed. */
export interface OrderRepaymentDemand extends FundCommandBase<'OrderRepaymentDemand'> {
  readonly grantId: string;
  /** The person ordering, from their token; never the certifier while the fund keeps four eyes. */
  readonly orderer: PersonIdentity;
  /** The business date of the order (YYYY-MM-DD). */
  readonly orderedOn: string;
}

export interface RecordRepayment extends FundCommandBase<'RecordRepayment'>, CorrectionNote {
  readonly grantId: string;
  readonly repaymentId: string;
  readonly amount: string;
  /** The bank's value date of the repayment; today when left out. */
  readonly valueDate?: BusinessDate;
}

export type FundSetupCommand =
  OpenFund | ChangeFundSettings | SetFiscalYearBudget | CloseFiscalYear | CloseFund;
export type ContributionCommand = RecordPrivateContribution | RecordPublicContribution;
export type ApplicationCommand =
  | SubmitApplication
  | MarkApplicationIncomplete
  | AmendApplication
  | DeclareApplicationEligible
  | DeclareApplicationIneligible
  | WithdrawApplication;
export type JuryCommand =
  | AppointJuryMember
  | RemoveJuryMember
  | PutApplicationOnAgenda
  | RecordJuryAttendance
  | DeclareConflictOfInterest
  | CastVote
  | CorrectVote
  | CloseVote
  | DeferApplication;
export type GrantCommand =
  | IssueGrantNotice
  | PayAdvance
  | SubmitProofOfUse
  | AcceptProofOfUse
  | RejectProofOfUse
  | MakePayout
  | CloseGrant
  | ExpireGrant;
/**
 * Demands interest on an advance or payout whose money lay unused beyond the fund's grace (§ 49a (4)
 * VwVfG): from the day `unusedMoneyGraceMonths` after the payment's value date to the day it was used,
 * or to the notice date while it is still unused.
 */
export interface DemandUnusedMoneyInterest extends FundCommandBase<'DemandUnusedMoneyInterest'> {
  readonly grantId: string;
  /** The advance or payout whose money lay unused. */
  readonly payoutId: string;
  /** The part of the payment that lay unused; the whole payment when left out. */
  readonly unusedAmount?: string;
  /** The day the money was used for its purpose; left out while it is still unused on the notice date. */
  readonly usedOn?: BusinessDate;
  /** A fixed yearly rate in percent the notice names instead of 5 points above the base rate, e.g. "6". */
  readonly fixedInterestRatePercentPerYear?: string;
  /** The date of the notice demanding the interest; today when left out. */
  readonly noticeDate?: BusinessDate;
  /** The person demanding, from their token: they certify the demand where the fund keeps four eyes. */
  readonly certifier: PersonIdentity;
}

export type RevocationCommand =
  RevokeGrant | OrderRepaymentDemand | RecordRepayment | DemandUnusedMoneyInterest;
export type PaymentCommand =
  RecordGrantPayee | CertifyPayment | OrderPayment | WithdrawPaymentOrder | ExportPaymentOrders;

export type FundCommand =
  | FundSetupCommand
  | ContributionCommand
  | ApplicationCommand
  | JuryCommand
  | RecordJuryMeeting
  | GrantCommand
  | PaymentCommand
  | RevocationCommand;
