/**
 * The fund's decider: one consistency boundary per fund, composed from capability modules (setup,
 * contributions, applications, jury, grants, payments, revocation) over one fund state. It first makes every
 * command idempotent by its id, checks the fields every command carries and the fund's status, and
 * then hands the command to its module.
 */
import { DomainError, type Decider, type EventEnvelope } from '../decider';
import { decideApplication } from './applications/applications.decide';
import { evolveApplication } from './applications/applications.evolve';
import { decideContribution } from './contributions/contributions.decide';
import { evolveContribution } from './contributions/contributions.evolve';
import type { FundCommand } from './fund.commands';
import type { FundEvent } from './fund.events';
import { initialFundState, type FundState } from './fund.state';
import { decideGrant } from './grants/grants.decide';
import { evolveGrant } from './grants/grants.evolve';
import { decideJury } from './jury/jury.decide';
import { decideRecordJuryMeeting } from './jury/jury-meeting.decide';
import { evolveJury } from './jury/jury.evolve';
import { decidePayments } from './payments/payments.decide';
import { evolvePayments } from './payments/payments.evolve';
import { decideRevocation } from './revocation/revocation.decide';
import { evolveRevocation } from './revocation/revocation.evolve';
import { decideFundSetup, decideOpenFund } from './setup/setup.decide';
import { evolveFundSetup } from './setup/setup.evolve';
import { assertNever } from './shared/assert-never';
import { isOpenFund, type OpenFundState } from './shared/guards';
import { hasHandled, withHandled } from './shared/handled-commands';
import { requireId, requireInstant } from './shared/validation';

export function decideFund(command: FundCommand, state: FundState): readonly FundEvent[] {
  if (typeof command?.commandId === 'string' && hasHandled(state.handledCommands, command.commandId))
    return [];
  requireId(command.commandId, 'commandId');
  requireInstant(command.issuedAt, 'issuedAt');
  requireId(command.fundId, 'fundId');
  if (command.type === 'OpenFund') return decideOpenFund(command, state);
  const fund = requireOpenFund(state, command);
  switch (command.type) {
    case 'ChangeFundSettings':
    case 'SetFiscalYearBudget':
    case 'CloseFiscalYear':
    case 'CloseFund':
      return decideFundSetup(command, fund);
    case 'RecordPrivateContribution':
    case 'RecordPublicContribution':
      return decideContribution(command, fund);
    case 'SubmitApplication':
    case 'MarkApplicationIncomplete':
    case 'AmendApplication':
    case 'DeclareApplicationEligible':
    case 'DeclareApplicationIneligible':
    case 'WithdrawApplication':
      return decideApplication(command, fund);
    case 'AppointJuryMember':
    case 'RemoveJuryMember':
    case 'PutApplicationOnAgenda':
    case 'RecordJuryAttendance':
    case 'DeclareConflictOfInterest':
    case 'CastVote':
    case 'CorrectVote':
    case 'CloseVote':
    case 'DeferApplication':
      return decideJury(command, fund);
    case 'RecordJuryMeeting':
      return decideRecordJuryMeeting(command, fund);
    case 'IssueGrantNotice':
    case 'PayAdvance':
    case 'SubmitProofOfUse':
    case 'AcceptProofOfUse':
    case 'RejectProofOfUse':
    case 'MakePayout':
    case 'CloseGrant':
    case 'ExpireGrant':
      return decideGrant(command, fund);
    case 'RecordGrantPayee':
    case 'CertifyPayment':
    case 'OrderPayment':
    case 'WithdrawPaymentOrder':
    case 'ExportPaymentOrders':
      return decidePayments(command, fund);
    case 'RevokeGrant':
    case 'OrderRepaymentDemand':
    case 'RecordRepayment':
    case 'DemandUnusedMoneyInterest':
      return decideRevocation(command, fund);
    default:
      return assertNever(command);
  }
}

function requireOpenFund(state: FundState, command: FundCommand): OpenFundState {
  if (state.status === 'not-opened') {
    throw new DomainError(
      'FUND.NOT_OPEN',
      `Fund ${command.fundId} has not been opened.`,
      'not_found',
      'fundId',
    );
  }
  if (state.fundId !== command.fundId) {
    throw new DomainError(
      'COMMAND.WRONG_FUND',
      `The command is for fund ${command.fundId}, but this is fund ${String(state.fundId)}.`,
      'invalid_input',
      'fundId',
    );
  }
  if (state.status === 'closed' || !isOpenFund(state)) {
    throw new DomainError(
      'FUND.CLOSED',
      `Fund ${command.fundId} is closed; nothing more can happen in it.`,
      'conflict',
    );
  }
  return state;
}

export function evolveFund(state: FundState, envelope: EventEnvelope<FundEvent>): FundState {
  const evolved = evolveEvent(state, envelope.event);
  return { ...evolved, handledCommands: withHandled(evolved.handledCommands, envelope.commandId) };
}

function evolveEvent(state: FundState, event: FundEvent): FundState {
  switch (event.type) {
    case 'FundOpened':
    case 'FundSettingsChanged':
    case 'FiscalYearBudgetSet':
    case 'FiscalYearClosed':
    case 'FundClosed':
      return evolveFundSetup(state, event);
    case 'PrivateContributionRecorded':
    case 'PublicContributionRecorded':
    case 'PublicContributionSplit':
      return evolveContribution(state, event);
    case 'ApplicationSubmitted':
    case 'ApplicationMarkedIncomplete':
    case 'ApplicationAmended':
    case 'ApplicationDeclaredEligible':
    case 'ApplicationDeclaredIneligible':
    case 'ApplicationWithdrawn':
      return evolveApplication(state, event);
    case 'JuryMemberAppointed':
    case 'JuryMemberLeft':
    case 'ApplicationPutOnAgenda':
    case 'JuryAttendanceRecorded':
    case 'ConflictOfInterestDeclared':
    case 'VoteCast':
    case 'VoteCorrected':
    case 'JuryVoteClosed':
    case 'JuryMeetingMinuted':
    case 'ApplicationApproved':
    case 'ApplicationRejected':
    case 'ApplicationDeferred':
      return evolveJury(state, event);
    case 'GrantNoticeIssued':
    case 'AdvancePaid':
    case 'ProofOfUseSubmitted':
    case 'ProofOfUseRejected':
    case 'ProofOfUseAccepted':
    case 'PayoutMade':
    case 'GrantCommitmentReleased':
    case 'GrantClosed':
    case 'GrantExpired':
      return evolveGrant(state, event);
    case 'GrantPayeeRecorded':
    case 'PaymentCertified':
    case 'PaymentOrdered':
    case 'PaymentOrderWithdrawn':
    case 'PaymentOrdersExported':
      return evolvePayments(state, event);
    case 'GrantRevoked':
    case 'RepaymentDemandCertified':
    case 'RepaymentDemanded':
    case 'RepaymentReceived':
    case 'RepaymentSettled':
      return evolveRevocation(state, event);
    default:
      return assertNever(event);
  }
}

export const fundDecider: Decider<FundCommand, FundEvent, FundState> = {
  initialState: initialFundState,
  decide: decideFund,
  evolve: evolveFund,
};

/** Folds a fund's stream into its state: what the decider saw after these events. */
export function replayFund(events: Iterable<EventEnvelope<FundEvent>>): FundState {
  let state = initialFundState();
  for (const envelope of events) state = evolveFund(state, envelope);
  return state;
}
