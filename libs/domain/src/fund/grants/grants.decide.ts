/** Grant notices, advances, proof of use with recalculation, payouts, and the end of a grant. */
import { DomainError } from '../../decider';
import { formatAmount, Money, parseAmount } from '../../money/money';
import type {
  AcceptProofOfUse,
  CloseGrant,
  ExpireGrant,
  GrantCommand,
  IssueGrantNotice,
  MakePayout,
  PayAdvance,
  RejectProofOfUse,
  SubmitProofOfUse,
} from '../fund.commands';
import type { FundEvent, MoneySplit } from '../fund.events';
import type { GrantState, GrantStatus } from '../fund.state';
import { assertNever } from '../shared/assert-never';
import {
  eventBase,
  grantInWrongState,
  requireApplication,
  requireGrant,
  requireYearOpen,
  type OpenFundState,
  requireNewId,
} from '../shared/guards';
import { funderAvailability } from '../shared/pots';
import { allocateAmongFunders, isZeroAmount, minus } from '../shared/splits';
import { requireText, TEXT_LENGTH_MAX } from '../shared/validation';
import { fiscalYearOfBusinessDate } from '../../time/business-date';
import { correctsField, requireNotBefore, resolveBusinessDate, todayOf } from '../shared/business-dates';
import { financeGrant, recalculateGrant } from '../shared/financing.rules';
import { openCommitmentOf, paymentSplit, releaseEvent, releaseOpenCommitment } from '../shared/grant-money';
import {
  requireDirectPaymentAllowed,
  requireNoPendingPayment,
  requirePayable,
  reservedFor,
} from '../shared/payment-rules';
import { NO_INTEREST, overpaidSplit, repaymentDemandEvent } from '../revocation/repayment-money';

export function decideGrant(command: GrantCommand, fund: OpenFundState): readonly FundEvent[] {
  switch (command.type) {
    case 'IssueGrantNotice':
      return decideIssueGrantNotice(command, fund);
    case 'PayAdvance':
      return decidePayment(command, fund);
    case 'SubmitProofOfUse':
      return decideSubmitProof(command, fund);
    case 'AcceptProofOfUse':
      return decideAcceptProof(command, fund);
    case 'RejectProofOfUse':
      return decideRejectProof(command, fund);
    case 'MakePayout':
      return decidePayment(command, fund);
    case 'CloseGrant':
      return decideCloseGrant(command, fund);
    case 'ExpireGrant':
      return decideExpireGrant(command, fund);
    default:
      return assertNever(command);
  }
}

function requireGrantIn(
  fund: OpenFundState,
  grantId: string,
  statuses: readonly GrantStatus[],
  action: string,
): GrantState {
  const grant = requireGrant(fund, grantId);
  if (!statuses.includes(grant.status)) throw grantInWrongState(grant, action);
  return grant;
}

/**
 * The fiscal year of a release by a command without a date of its own (accepting a proof, closing or
 * expiring a grant): the year of today, which must be open.
 */
function requireReleaseYearOpen(fund: OpenFundState, command: GrantCommand): number {
  const fiscalYear = fiscalYearOfBusinessDate(todayOf(fund, command));
  requireYearOpen(fund, fiscalYear, 'issuedAt');
  return fiscalYear;
}

const GRANT_LATEST_EVENT = (grant: GrantState) => `grant ${grant.grantId}'s latest event`;

function decideIssueGrantNotice(command: IssueGrantNotice, fund: OpenFundState): readonly FundEvent[] {
  const grantId = requireNewId(
    command.grantId,
    'grantId',
    (id) => fund.grants.has(id),
    'GRANT.DUPLICATE_ID',
    (id) => `Grant ${id} has already been issued.`,
  );
  const application = requireApplication(fund, command.applicationId);
  if (application.status !== 'approved' || application.approvedAmount === null) {
    throw new DomainError(
      'GRANT.APPLICATION_NOT_APPROVED',
      `Application ${application.applicationId} is ${application.status}; a grant notice needs an application the jury approved.`,
      'conflict',
      'applicationId',
    );
  }
  const amount = parseAmount(command.amount, 'amount');
  if (amount.gt(application.approvedAmount)) {
    throw new DomainError(
      'GRANT.EXCEEDS_APPROVAL',
      `The grant of ${amount.toFixed(2)} EUR is more than the ${application.approvedAmount} EUR the jury approved.`,
      'rule_violated',
      'amount',
    );
  }
  const noticeDate = resolveBusinessDate(fund, command, command.noticeDate, 'noticeDate');
  requireNotBefore(noticeDate, application.lastBusinessDate, 'noticeDate', 'the jury decision');
  const fiscalYear = fiscalYearOfBusinessDate(noticeDate);
  const { publicPart, privatePart } = financeGrant(fund, application.details, amount);
  const { details } = application;
  return [
    {
      type: 'GrantNoticeIssued',
      data: {
        ...eventBase(command),
        grantId,
        applicationId: application.applicationId,
        fiscalYear,
        amount: formatAmount(amount),
        publicPart: formatAmount(publicPart),
        privatePart: formatAmount(privatePart),
        publicFunderParts: allocateAmongFunders(publicPart, funderAvailability(fund)),
        applicant: details.applicant,
        measure: details.measure,
        eligibleCosts: details.eligibleCosts,
        ownContribution: details.ownContribution,
        matchingModel: fund.settings.matchingModel,
        publicShareMax: fund.settings.publicShareMax,
        noticeDate,
        ...correctsField(command.corrects),
      },
    },
  ];
}

/** Advances are paid before proof of use, payouts after it; neither may exceed what is still committed. */
function decidePayment(command: PayAdvance | MakePayout, fund: OpenFundState): readonly FundEvent[] {
  const grant = requireGrant(fund, command.grantId);
  requireDirectPaymentAllowed(fund, 'grantId');
  requirePayable(grant, command.type === 'PayAdvance' ? 'advance' : 'payout');
  const payoutId = requireNewId(
    command.payoutId,
    'payoutId',
    (id) => fund.payoutIds.has(id),
    'PAYOUT.DUPLICATE_ID',
    (id) => `Payment ${id} has already been made.`,
  );
  const amount = parseAmount(command.amount, 'amount');
  const valueDate = resolveBusinessDate(fund, command, command.valueDate, 'valueDate');
  requireNotBefore(valueDate, grant.lastBusinessDate, 'valueDate', GRANT_LATEST_EVENT(grant));
  const fiscalYear = fiscalYearOfBusinessDate(valueDate);
  const payable = new Money(openCommitmentOf(grant).amount).minus(reservedFor(fund, grant.grantId));
  if (amount.gt(payable)) {
    throw new DomainError(
      'PAYOUT.EXCEEDS_GRANT',
      `${amount.toFixed(2)} EUR is more than the ${formatAmount(payable)} EUR of grant ${grant.grantId} still to be paid and not held by a certified payment.`,
      'rule_violated',
      'amount',
    );
  }
  const data = {
    ...eventBase(command),
    grantId: grant.grantId,
    applicationId: grant.applicationId,
    payoutId,
    valueDate,
    fiscalYear,
    ...paymentSplit(grant, amount),
    ...correctsField(command.corrects),
  };
  return [command.type === 'PayAdvance' ? { type: 'AdvancePaid', data } : { type: 'PayoutMade', data }];
}

function decideSubmitProof(command: SubmitProofOfUse, fund: OpenFundState): readonly FundEvent[] {
  const grant = requireGrantIn(fund, command.grantId, ['committed'], 'take a proof of use');
  const receivedDate = resolveBusinessDate(fund, command, command.receivedDate, 'receivedDate');
  requireNotBefore(receivedDate, grant.lastBusinessDate, 'receivedDate', GRANT_LATEST_EVENT(grant));
  return [
    {
      type: 'ProofOfUseSubmitted',
      data: {
        ...eventBase(command),
        grantId: grant.grantId,
        applicationId: grant.applicationId,
        reportedCosts: formatAmount(parseAmount(command.reportedCosts, 'reportedCosts')),
        reference: requireText(command.reference, 'reference', TEXT_LENGTH_MAX.reference, {
          allowEmpty: true,
        }),
        receivedDate,
        ...correctsField(command.corrects),
      },
    },
  ];
}

function decideRejectProof(command: RejectProofOfUse, fund: OpenFundState): readonly FundEvent[] {
  const grant = requireGrantIn(fund, command.grantId, ['proof-submitted'], 'have its proof of use rejected');
  return [
    {
      type: 'ProofOfUseRejected',
      data: {
        ...eventBase(command),
        grantId: grant.grantId,
        applicationId: grant.applicationId,
        reason: requireText(command.reason, 'reason', TEXT_LENGTH_MAX.reason),
      },
    },
  ];
}

/**
 * Accepting the proof recalculates the grant from the proven eligible costs. The unneeded part of
 * the commitment is released; an advance above the recalculated grant must be repaid.
 */
function decideAcceptProof(command: AcceptProofOfUse, fund: OpenFundState): readonly FundEvent[] {
  const grant = requireGrantIn(fund, command.grantId, ['proof-submitted'], 'have its proof of use accepted');
  requireNoPendingPayment(fund, grant.grantId, 'have its proof of use accepted');
  const proven = parseAmount(command.provenEligibleCosts, 'provenEligibleCosts', { allowZero: true });
  const releaseYear = requireReleaseYearOpen(fund, command);
  const { publicPart, privatePart } = recalculateGrant(fund, grant.granted, proven);
  const keptPublic = Money.max(publicPart, grant.paid.publicPart);
  const keptPrivate = Money.max(privatePart, grant.paid.privatePart);
  const open = openCommitmentOf(grant);
  const releasedPublic = new Money(grant.granted.publicPart).minus(keptPublic);
  const releasedPrivate = new Money(grant.granted.privatePart).minus(keptPrivate);
  const released: MoneySplit = {
    amount: formatAmount(releasedPublic.plus(releasedPrivate)),
    publicPart: formatAmount(releasedPublic),
    privatePart: formatAmount(releasedPrivate),
    publicFunderParts: allocateAmongFunders(releasedPublic, open.publicFunderParts),
  };
  const overpaid = overpaidSplit(grant, publicPart, privatePart);
  const recalculated = recalculatedSplit(grant, released, overpaid, publicPart, privatePart);
  const accepted: FundEvent = {
    type: 'ProofOfUseAccepted',
    data: {
      ...eventBase(command),
      grantId: grant.grantId,
      applicationId: grant.applicationId,
      provenEligibleCosts: formatAmount(proven),
      recalculated,
      paid: grant.paid,
    },
  };
  const releaseEvents = isZeroAmount(released.amount)
    ? []
    : [releaseEvent(command, grant, 'recalculated', released, releaseYear)];
  const demandEvents =
    overpaid === null
      ? []
      : [repaymentDemandEvent(command, fund, grant, 'overpaid-advance', overpaid, NO_INTEREST)];
  return [accepted, ...releaseEvents, ...demandEvents];
}

/** The grant after recalculation, per funder: what was granted, less what is released and what is to be repaid. */
function recalculatedSplit(
  grant: GrantState,
  released: MoneySplit,
  overpaid: MoneySplit | null,
  publicPart: Money,
  privatePart: Money,
): MoneySplit {
  const publicFunderParts = grant.granted.publicFunderParts
    .map((part) => {
      const less = [released, ...(overpaid === null ? [] : [overpaid])].flatMap((split) =>
        split.publicFunderParts.filter((other) => other.funderId === part.funderId),
      );
      return {
        funderId: part.funderId,
        amount: less.reduce((rest, other) => minus(rest, other.amount), part.amount),
      };
    })
    .filter((part) => !isZeroAmount(part.amount));
  return {
    amount: formatAmount(publicPart.plus(privatePart)),
    publicPart: formatAmount(publicPart),
    privatePart: formatAmount(privatePart),
    publicFunderParts,
  };
}

function decideCloseGrant(command: CloseGrant, fund: OpenFundState): readonly FundEvent[] {
  const grant = requireGrantIn(fund, command.grantId, ['proof-accepted'], 'be closed');
  requireNoPendingPayment(fund, grant.grantId, 'be closed');
  const releaseYear = requireReleaseYearOpen(fund, command);
  return [
    {
      type: 'GrantClosed',
      data: {
        ...eventBase(command),
        grantId: grant.grantId,
        applicationId: grant.applicationId,
        paid: grant.paid,
      },
    },
    ...releaseOpenCommitment(command, grant, 'closed', releaseYear),
  ];
}

function decideExpireGrant(command: ExpireGrant, fund: OpenFundState): readonly FundEvent[] {
  const grant = requireGrantIn(fund, command.grantId, ['committed', 'proof-submitted'], 'expire');
  requireNoPendingPayment(fund, grant.grantId, 'expire');
  if (!isZeroAmount(grant.paid.amount)) {
    throw new DomainError(
      'GRANT.PAYMENTS_MADE',
      `Grant ${grant.grantId} cannot simply expire: ${grant.paid.amount} EUR has been paid; revoke it to claim the money back.`,
      'conflict',
      'grantId',
    );
  }
  const releaseYear = requireReleaseYearOpen(fund, command);
  return [
    {
      type: 'GrantExpired',
      data: {
        ...eventBase(command),
        grantId: grant.grantId,
        applicationId: grant.applicationId,
        reason: requireText(command.reason, 'reason', TEXT_LENGTH_MAX.reason),
      },
    },
    ...releaseOpenCommitment(command, grant, 'expired', releaseYear),
  ];
}
