/**
 * The application board: one view per application with its plan, its status, the jury's agenda item,
 * every decision with its tally, the conflicts of interest declared, and the money of its grant.
 * Every event about an application names it, so each view is folded from its own events only; that
 * keeps a view small and lets the runner store applications one by one.
 */
import {
  addSplits,
  applicationStatusOf,
  assertNever,
  isGrantedApplicationStatus,
  splitOf,
  tallyOf,
  withoutZeroFunderParts,
  ZERO_SPLIT,
  type ApplicationDetails,
  type ApplicationEvent,
  type ApplicationProcessStatus,
  type ApplicationStatus,
  type ApplicationSubmitted,
  type CommitmentReleaseReason,
  type FundEvent,
  type GrantEvent,
  type GrantNoticeIssued,
  type GrantStatus,
  type JuryEvent,
  type JuryMemberAppointed,
  type JuryMeetingMinuted,
  type JuryMemberLeft,
  type JuryVoteClosed,
  type MemberVote,
  type MoneySplit,
  type PaymentEvent,
  type PaymentOrdersExported,
  type RepaymentDemanded,
  type RevocationEvent,
} from '@fund-ledger/domain';
import { addAmounts, subtractAmounts, ZERO_AMOUNT } from '../shared/amounts';
import type { FundEventRecord } from '../shared/fund-event-record';

type Writable<T> = { -readonly [Key in keyof T]: T[Key] };

export interface AgendaItemView {
  readonly decisionId: string;
  readonly meetingId: string;
  readonly meetingDate: string;
  readonly presentMemberIds: readonly string[];
  /** Votes in the order cast; a correction replaces the member's vote in place. */
  readonly votes: readonly MemberVote[];
  readonly corrections: number;
}

export interface VoteTallyView {
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
}

export type DecisionOutcome = 'approved' | 'rejected' | 'deferred';

export interface DecisionView {
  readonly decisionId: string;
  readonly meetingId: string;
  /** The day of the meeting that decided (for decisions recorded before they were dated: the agenda's meeting day). */
  readonly meetingDate: string;
  readonly outcome: DecisionOutcome;
  readonly tally: VoteTallyView;
  readonly votes: readonly MemberVote[];
  readonly presentMemberIds: readonly string[];
  readonly recusedMemberIds: readonly string[];
  /** Members of the jury when the vote closed; null for a deferral, which takes no vote. */
  readonly memberCount: number | null;
  readonly quorumPresentCount: number | null;
  readonly quorumRequired: number | null;
  readonly motionAmount: string | null;
  readonly approvedAmount: string | null;
  readonly reason: string | null;
  readonly decidedAt: string;
}

export interface ConflictView {
  readonly memberId: string;
  readonly reason: string;
  readonly decisionId: string | null;
  readonly declaredAt: string;
}

export interface ProofOfUseView {
  readonly status: 'submitted' | 'rejected' | 'accepted';
  readonly reportedCosts: string;
  readonly reference: string;
  readonly provenEligibleCosts: string | null;
  readonly rejectionReason: string | null;
}

export interface RepaymentView {
  readonly reasons: readonly string[];
  readonly principal: string;
  readonly interest: string;
  /** Everything demanded, interest included, by pot and funder. */
  readonly due: MoneySplit;
  readonly received: MoneySplit;
  readonly settled: boolean;
}

export interface GrantView {
  readonly grantId: string;
  readonly status: GrantStatus;
  readonly fiscalYear: number;
  /** When the grant notice was recorded. */
  readonly issuedAt: string;
  /** The date of the grant notice; null for a notice recorded before notices were dated. */
  readonly noticeDate: string | null;
  readonly matchingModel: GrantNoticeIssued['data']['matchingModel'];
  readonly publicShareMax: string;
  readonly eligibleCosts: string;
  readonly ownContribution: string;
  /** What the grant notice committed; what is still to be paid is issued less paid and released. */
  readonly issued: MoneySplit;
  readonly paid: MoneySplit;
  readonly released: MoneySplit;
  readonly releaseReasons: readonly CommitmentReleaseReason[];
  readonly proofOfUse: ProofOfUseView | null;
  readonly repayment: RepaymentView | null;
  readonly reason: string | null;
}

export interface ApplicationView {
  readonly fundId: string;
  readonly applicationId: string;
  /** Global position of the submission: the board lists applications in the order they arrived. */
  readonly submittedPosition: number;
  readonly submittedAt: string;
  readonly updatedAt: string;
  /** Up to `granted` from the application's own events, after it from its grant's state and money. */
  readonly status: ApplicationStatus;
  /** Why the application is incomplete, ineligible, deferred or withdrawn, when it is. */
  readonly statusReason: string | null;
  readonly details: ApplicationDetails;
  readonly amendments: number;
  readonly agenda: AgendaItemView | null;
  readonly decisions: readonly DecisionView[];
  readonly conflicts: readonly ConflictView[];
  readonly approvedAmount: string | null;
  readonly grant: GrantView | null;
}

/** Folds one event about an application into its view; `view` is null only before the submission. */
export function evolveApplicationView(
  view: ApplicationView | null,
  record: FundEventRecord,
): ApplicationView {
  const { event } = record;
  if (event.type === 'ApplicationSubmitted') return submitted(record, event.data);
  if (view === null) throw new Error(`no application ${applicationIdIn(event)} has been submitted`);
  return { ...view, ...applicationChanges(view, event) };
}

/**
 * The fields of a view that one more event other than the submission changes, `updatedAt` included:
 * the view after it is the view with these fields replaced. Refuses an event the view cannot take.
 */
export function applicationChanges(view: ApplicationView, event: FundEvent): Partial<ApplicationView> {
  return withLifecycle(view, changesOf(view, event), event);
}

/**
 * The same fold for a holder that owns the view and may change it, as the projection runner does: the
 * event is checked now (refused like `applicationChanges` refuses it) and the function returned applies
 * it, so that nothing changes when the fund's summary refuses the event. A vote or the attendance is
 * recorded in the open agenda item itself (`recordOnAgenda`) rather than in a copy of the item and its
 * votes: they are four in ten of a fund's events, and the copies made a rebuild need about a fifth
 * more CPU per event. The holder owns the item because every item is made for its view, never shared
 * with an event or another document. Every other event's changes are assigned to the view.
 */
export function applicationChangeInPlace(view: ApplicationView, event: FundEvent): () => ApplicationView {
  const target = view as Writable<ApplicationView>;
  if (view.agenda !== null && recordsOnAgenda(event)) {
    const agenda = view.agenda as Writable<AgendaItemView>;
    const changes = withLifecycle(view, {}, event);
    return () => {
      recordOnAgenda(agenda, event);
      return Object.assign(target, changes);
    };
  }
  const changes = applicationChanges(view, event);
  return () => Object.assign(target, changes);
}

/**
 * Adds to the changes the status the application's lifecycle gives after them, and the event's time.
 * The changes are a new object made for this event, so they are completed rather than copied: a copy
 * by spreading, for every event about an application, was a twentieth of a rebuild's time.
 */
function withLifecycle(
  view: ApplicationView,
  changes: Writable<Partial<ApplicationView>>,
  event: FundEvent,
): Partial<ApplicationView> {
  changes.status = lifecycleStatus(
    changes.status ?? view.status,
    changes.grant === undefined ? view.grant : changes.grant,
  );
  changes.updatedAt = event.data.occurredAt;
  return changes;
}

/**
 * Once granted, the status follows the grant: every event of the grant may change it. The decider's
 * own status of a granted application is `granted` until it is withdrawn.
 */
function lifecycleStatus(status: ApplicationStatus, grant: GrantView | null): ApplicationStatus {
  const processStatus: ApplicationProcessStatus = isGrantedApplicationStatus(status) ? 'granted' : status;
  if (grant === null) return processStatus;
  return applicationStatusOf(processStatus, {
    status: grant.status,
    granted: subtractAmounts(grant.issued.amount, grant.released.amount),
    paid: grant.paid.amount,
    repayment:
      grant.repayment === null
        ? null
        : { due: grant.repayment.due.amount, received: grant.repayment.received.amount },
  });
}

/** The application's own process after its submission. */
type ProcessEvent = Exclude<ApplicationEvent, ApplicationSubmitted>;
/** The jury's work on one application; appointing, leaving and a meeting's minutes concern the jury as a whole. */
type JuryOnApplicationEvent = Exclude<JuryEvent, JuryMemberAppointed | JuryMemberLeft | JuryMeetingMinuted>;
/** A grant's way after the notice: its payments on their way out and its revocation included. */
type GrantOrRevocationEvent = GrantEvent | Exclude<PaymentEvent, PaymentOrdersExported> | RevocationEvent;

/**
 * Each event type is routed here by name, so a new one does not compile until the board decides on it.
 * The changes are always a new object, which `withLifecycle` completes.
 */
function changesOf(view: ApplicationView, event: FundEvent): Writable<Partial<ApplicationView>> {
  switch (event.type) {
    case 'ApplicationMarkedIncomplete':
    case 'ApplicationAmended':
    case 'ApplicationDeclaredEligible':
    case 'ApplicationDeclaredIneligible':
    case 'ApplicationWithdrawn':
      return submittedChanges(view, event);
    case 'ApplicationPutOnAgenda':
    case 'JuryAttendanceRecorded':
    case 'ConflictOfInterestDeclared':
    case 'VoteCast':
    case 'VoteCorrected':
    case 'JuryVoteClosed':
    case 'ApplicationApproved':
    case 'ApplicationRejected':
    case 'ApplicationDeferred':
      return juryChanges(view, event);
    case 'GrantNoticeIssued':
    case 'AdvancePaid':
    case 'ProofOfUseSubmitted':
    case 'ProofOfUseRejected':
    case 'ProofOfUseAccepted':
    case 'PayoutMade':
    case 'GrantCommitmentReleased':
    case 'GrantClosed':
    case 'GrantExpired':
    case 'GrantRevoked':
    case 'RepaymentDemanded':
    case 'RepaymentReceived':
    case 'RepaymentSettled':
    case 'GrantPayeeRecorded':
    case 'PaymentCertified':
    case 'PaymentOrdered':
    case 'PaymentOrderWithdrawn':
    case 'RepaymentDemandCertified':
      return grantChanges(view, event);
    case 'FundOpened':
    case 'FundSettingsChanged':
    case 'FiscalYearBudgetSet':
    case 'FiscalYearClosed':
    case 'FundClosed':
    case 'PrivateContributionRecorded':
    case 'PublicContributionRecorded':
    case 'PublicContributionSplit':
    case 'ApplicationSubmitted':
    case 'JuryMemberAppointed':
    case 'JuryMemberLeft':
    case 'PaymentOrdersExported':
    case 'JuryMeetingMinuted':
      throw new Error(`${event.type} is not an event about an application`);
    default:
      return assertNever(event);
  }
}

function applicationIdIn(event: FundEvent): string {
  return 'applicationId' in event.data ? event.data.applicationId : '(none)';
}

function submitted(
  record: FundEventRecord,
  data: Extract<FundEvent, { type: 'ApplicationSubmitted' }>['data'],
): ApplicationView {
  return {
    fundId: record.fundId,
    applicationId: data.applicationId,
    submittedPosition: record.position,
    submittedAt: data.occurredAt,
    updatedAt: data.occurredAt,
    status: 'submitted',
    statusReason: null,
    details: detailsOf(data),
    amendments: 0,
    agenda: null,
    decisions: [],
    conflicts: [],
    approvedAmount: null,
    grant: null,
  };
}

function detailsOf(data: ApplicationDetails): ApplicationDetails {
  return {
    applicant: { name: data.applicant.name, kind: data.applicant.kind },
    title: data.title,
    description: data.description,
    measure: { type: data.measure.type, kind: data.measure.kind },
    eligibleCosts: data.eligibleCosts,
    ownContribution: data.ownContribution,
    requestedGrant: data.requestedGrant,
    area: data.area,
  };
}

/** Events of the application's own process: completeness, eligibility, withdrawal. */
function submittedChanges(view: ApplicationView, event: ProcessEvent): Partial<ApplicationView> {
  switch (event.type) {
    case 'ApplicationMarkedIncomplete':
      return { status: 'incomplete', statusReason: event.data.reason };
    case 'ApplicationAmended':
      return {
        status: 'submitted',
        statusReason: null,
        details: detailsOf(event.data),
        amendments: view.amendments + 1,
      };
    case 'ApplicationDeclaredEligible':
      return { status: 'eligible', statusReason: null };
    case 'ApplicationDeclaredIneligible':
      return { status: 'ineligible', statusReason: event.data.reason };
    case 'ApplicationWithdrawn':
      return {
        status: 'withdrawn',
        statusReason: event.data.reason,
        agenda: null,
        grant: view.grant === null ? null : { ...view.grant, status: 'withdrawn' },
      };
    default:
      return assertNever(event);
  }
}

/** The events that record something on the open agenda item: the attendance and the votes cast. */
type AgendaRecord = Extract<FundEvent, { type: 'JuryAttendanceRecorded' | 'VoteCast' }>;

function recordsOnAgenda(event: FundEvent): event is AgendaRecord {
  return event.type === 'JuryAttendanceRecorded' || event.type === 'VoteCast';
}

/** Records the attendance or a vote in an agenda item its caller owns: votes in the order cast. */
function recordOnAgenda(
  agenda: { presentMemberIds: readonly string[]; votes: readonly MemberVote[] },
  event: AgendaRecord,
): void {
  if (event.type === 'JuryAttendanceRecorded') agenda.presentMemberIds = [...event.data.presentMemberIds];
  else (agenda.votes as MemberVote[]).push({ memberId: event.data.memberId, vote: event.data.vote });
}

function requireAgenda(view: ApplicationView): AgendaItemView {
  if (view.agenda === null) throw new Error(`application ${view.applicationId} is not on the agenda`);
  return view.agenda;
}

/** Events of the jury about the application: agenda, attendance, conflicts, votes, decisions. */
function juryChanges(view: ApplicationView, event: JuryOnApplicationEvent): Partial<ApplicationView> {
  switch (event.type) {
    case 'ApplicationPutOnAgenda': {
      const { decisionId, meetingId, meetingDate } = event.data;
      const agenda: AgendaItemView = {
        decisionId,
        meetingId,
        meetingDate,
        presentMemberIds: [],
        votes: [],
        corrections: 0,
      };
      return { status: 'on-agenda', statusReason: null, agenda };
    }
    case 'JuryAttendanceRecorded':
    case 'VoteCast': {
      const agenda = requireAgenda(view);
      const copy = { ...agenda, presentMemberIds: [...agenda.presentMemberIds], votes: [...agenda.votes] };
      recordOnAgenda(copy, event);
      return { agenda: copy };
    }
    case 'ConflictOfInterestDeclared': {
      const { memberId, reason, decisionId, occurredAt } = event.data;
      return {
        conflicts: [...view.conflicts, { memberId, reason, decisionId, declaredAt: occurredAt }],
      };
    }
    case 'VoteCorrected': {
      const agenda = requireAgenda(view);
      const { memberId, vote } = event.data;
      const votes = agenda.votes.map((cast) => (cast.memberId === memberId ? { memberId, vote } : cast));
      return { agenda: { ...agenda, votes, corrections: agenda.corrections + 1 } };
    }
    case 'JuryVoteClosed':
      return { agenda: null, decisions: [...view.decisions, closedDecision(view, event.data)] };
    case 'ApplicationApproved':
      return {
        status: 'approved',
        approvedAmount: event.data.approvedAmount,
        decisions: decisionsWith(view, event.data.decisionId, { approvedAmount: event.data.approvedAmount }),
      };
    case 'ApplicationRejected':
      return { status: 'rejected' };
    case 'ApplicationDeferred':
      return {
        status: 'deferred',
        statusReason: event.data.reason,
        agenda: null,
        decisions: [...view.decisions, deferredDecision(view, event.data)],
      };
    default:
      return assertNever(event);
  }
}

function closedDecision(view: ApplicationView, data: JuryVoteClosed['data']): DecisionView {
  const agenda = requireAgenda(view);
  return {
    decisionId: data.decisionId,
    meetingId: data.meetingId,
    meetingDate: data.meetingDate ?? agenda.meetingDate,
    outcome: data.outcome,
    tally: { yes: data.tally.yes, no: data.tally.no, abstain: data.tally.abstain },
    votes: data.votes.map((cast) => ({ memberId: cast.memberId, vote: cast.vote })),
    presentMemberIds: [...data.presentMemberIds],
    recusedMemberIds: [...data.recusedMemberIds],
    memberCount: data.memberCount,
    quorumPresentCount: data.quorumPresentCount,
    quorumRequired: data.quorumRequired,
    motionAmount: data.motionAmount,
    approvedAmount: null,
    reason: null,
    decidedAt: data.occurredAt,
  };
}

/** A deferral closes the agenda item without a vote; the votes cast so far are kept for the record. */
function deferredDecision(
  view: ApplicationView,
  data: Extract<FundEvent, { type: 'ApplicationDeferred' }>['data'],
): DecisionView {
  const agenda = requireAgenda(view);
  return {
    decisionId: data.decisionId,
    meetingId: agenda.meetingId,
    meetingDate: data.meetingDate ?? agenda.meetingDate,
    outcome: 'deferred',
    tally: tallyOf(agenda.votes),
    votes: agenda.votes,
    presentMemberIds: agenda.presentMemberIds,
    recusedMemberIds: view.conflicts.map((conflict) => conflict.memberId),
    memberCount: null,
    quorumPresentCount: null,
    quorumRequired: null,
    motionAmount: null,
    approvedAmount: null,
    reason: data.reason,
    decidedAt: data.occurredAt,
  };
}

function decisionsWith(
  view: ApplicationView,
  decisionId: string,
  change: Partial<DecisionView>,
): readonly DecisionView[] {
  return view.decisions.map((decision) =>
    decision.decisionId === decisionId ? { ...decision, ...change } : decision,
  );
}

function requireGrant(view: ApplicationView): GrantView {
  if (view.grant === null) throw new Error(`application ${view.applicationId} has no grant`);
  return view.grant;
}

function withGrant(
  view: ApplicationView,
  change: (grant: GrantView) => Partial<GrantView>,
): Partial<ApplicationView> {
  const grant = requireGrant(view);
  return { grant: { ...grant, ...change(grant) } };
}

/** Events of the grant: notice, advances and payouts, proof of use, releases, end, revocation and repayment. */
function grantChanges(view: ApplicationView, event: GrantOrRevocationEvent): Partial<ApplicationView> {
  switch (event.type) {
    case 'GrantNoticeIssued':
      return { status: 'granted', grant: issuedGrant(event.data) };
    case 'AdvancePaid':
    case 'PayoutMade':
      return withGrant(view, (grant) => ({
        paid: addSplitsWithoutZeroParts(grant.paid, splitOf(event.data)),
      }));
    case 'GrantCommitmentReleased':
      return withGrant(view, (grant) => ({
        released: addSplitsWithoutZeroParts(grant.released, splitOf(event.data)),
        releaseReasons: [...grant.releaseReasons, event.data.reason],
      }));
    case 'ProofOfUseSubmitted': {
      const { reportedCosts, reference } = event.data;
      const proofOfUse: ProofOfUseView = {
        status: 'submitted',
        reportedCosts,
        reference,
        provenEligibleCosts: null,
        rejectionReason: null,
      };
      return withGrant(view, () => ({ status: 'proof-submitted', proofOfUse }));
    }
    case 'ProofOfUseRejected':
      return withGrant(view, (grant) => ({
        status: 'committed',
        proofOfUse: { ...requireProof(grant), status: 'rejected', rejectionReason: event.data.reason },
      }));
    case 'ProofOfUseAccepted':
      return withGrant(view, (grant) => ({
        status: 'proof-accepted',
        proofOfUse: {
          ...requireProof(grant),
          status: 'accepted',
          provenEligibleCosts: event.data.provenEligibleCosts,
        },
      }));
    case 'GrantClosed':
      return withGrant(view, () => ({ status: 'closed' }));
    case 'GrantExpired':
      return withGrant(view, () => ({ status: 'expired', reason: event.data.reason }));
    case 'GrantRevoked':
      return withGrant(view, () => ({ status: 'revoked', reason: event.data.reason }));
    case 'RepaymentDemanded':
      return withGrant(view, (grant) => ({ repayment: demanded(grant.repayment, event.data) }));
    case 'RepaymentReceived':
      return withGrant(view, (grant) => ({ repayment: received(grant.repayment, splitOf(event.data)) }));
    case 'RepaymentSettled':
      return withGrant(view, (grant) => ({
        repayment: { ...requireRepayment(grant.repayment), settled: true },
      }));
    // The payee is personal data and stays off the board, which the jury and the council read; the
    // payments on their way are the treasury's list, and their money is booked when they are exported.
    case 'GrantPayeeRecorded':
    case 'PaymentCertified':
    case 'PaymentOrdered':
    case 'PaymentOrderWithdrawn':
      return withGrant(view, () => ({}));
    // A certified demand is not owed yet: the grant's repayment changes when the demand is ordered.
    case 'RepaymentDemandCertified':
      return withGrant(view, () => ({}));
    default:
      return assertNever(event);
  }
}

function issuedGrant(data: GrantNoticeIssued['data']): GrantView {
  const issued = splitOf(data);
  return {
    grantId: data.grantId,
    status: 'committed',
    fiscalYear: data.fiscalYear,
    issuedAt: data.occurredAt,
    noticeDate: data.noticeDate ?? null,
    matchingModel: data.matchingModel,
    publicShareMax: data.publicShareMax,
    eligibleCosts: data.eligibleCosts,
    ownContribution: data.ownContribution,
    issued,
    paid: ZERO_SPLIT,
    released: ZERO_SPLIT,
    releaseReasons: [],
    proofOfUse: null,
    repayment: null,
    reason: null,
  };
}

function requireProof(grant: GrantView): ProofOfUseView {
  if (grant.proofOfUse === null) throw new Error(`grant ${grant.grantId} has no proof of use`);
  return grant.proofOfUse;
}

function requireRepayment(repayment: RepaymentView | null): RepaymentView {
  if (repayment === null) throw new Error('no repayment has been demanded');
  return repayment;
}

const NO_REPAYMENT: RepaymentView = {
  reasons: [],
  principal: ZERO_AMOUNT,
  interest: ZERO_AMOUNT,
  due: ZERO_SPLIT,
  received: ZERO_SPLIT,
  settled: false,
};

function demanded(repayment: RepaymentView | null, data: RepaymentDemanded['data']): RepaymentView {
  const current = repayment ?? NO_REPAYMENT;
  return {
    ...current,
    reasons: [...current.reasons, data.reason],
    principal: addAmounts(current.principal, data.principal),
    interest: addAmounts(current.interest, data.interest),
    due: addSplitsWithoutZeroParts(current.due, splitOf(data)),
    settled: false,
  };
}

function received(repayment: RepaymentView | null, split: MoneySplit): RepaymentView {
  const current = requireRepayment(repayment);
  return { ...current, received: addSplitsWithoutZeroParts(current.received, split) };
}

/** A view lists only the funders that have a part: a funder whose part comes to zero is dropped. */
function addSplitsWithoutZeroParts(a: MoneySplit, b: MoneySplit): MoneySplit {
  return withoutZeroFunderParts(addSplits(a, b));
}
