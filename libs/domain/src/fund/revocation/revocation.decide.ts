/**
 * Revoking a grant for misuse or false information, the repayment it demands (certified by one person
 * and ordered by another where the fund keeps four eyes), and repayments received.
 */
import { DomainError } from '../../decider';
import { formatAmount, Money, parseAmount } from '../../money/money';
import type { OrderRepaymentDemand, RecordRepayment, RevocationCommand, RevokeGrant } from '../fund.commands';
import type { FundEvent, MoneySplit } from '../fund.events';
import type { GrantState, GrantStatus } from '../fund.state';
import { releaseOpenCommitment } from '../shared/grant-money';
import { assertNever } from '../shared/assert-never';
import { requireNoPendingPayment } from '../shared/payment-rules';
import { isSamePerson, requirePerson } from '../shared/person';
import { fiscalYearOfBusinessDate, type BusinessDate } from '../../time/business-date';
import {
  correctsField,
  requireBusinessDateFormat,
  requireNotBefore,
  resolveBusinessDate,
} from '../shared/business-dates';
import {
  eventBase,
  grantInWrongState,
  requireGrant,
  type OpenFundState,
  requireNewId,
} from '../shared/guards';
import { minus, splitWithinRemaining, plus } from '../shared/splits';
import { invalidInput, requireText, TEXT_LENGTH_MAX } from '../shared/validation';
import { evolveRevocation } from './revocation.evolve';
import { decideDemandUnusedMoneyInterest } from './unused-money-interest.decide';
import {
  lateInterestEvent,
  optionalFixedRate,
  outstandingOf,
  principalSplit,
  repaymentDemandEvent,
  requireNoDemandAwaitingOrder,
  statutoryInterest,
} from './repayment-money';

const REVOCABLE: readonly GrantStatus[] = ['committed', 'proof-submitted', 'proof-accepted', 'closed'];

export function decideRevocation(command: RevocationCommand, fund: OpenFundState): readonly FundEvent[] {
  switch (command.type) {
    case 'RevokeGrant':
      return decideRevokeGrant(command, fund);
    case 'OrderRepaymentDemand':
      return decideOrderRepaymentDemand(command, fund);
    case 'RecordRepayment':
      return decideRecordRepayment(command, fund);
    case 'DemandUnusedMoneyInterest':
      return decideDemandUnusedMoneyInterest(command, fund);
    default:
      return assertNever(command);
  }
}

/** The day the grant became void: given, or the notice date; never after the notice. */
function requireVoidFrom(value: unknown, noticeDate: BusinessDate): BusinessDate {
  if (value === undefined) return noticeDate;
  const voidFrom = requireBusinessDateFormat(value, 'voidFrom');
  if (voidFrom > noticeDate) {
    throw invalidInput(
      'voidFrom',
      `voidFrom ${voidFrom} is after the revocation notice of ${noticeDate}: a grant becomes void at the latest with the notice.`,
    );
  }
  return voidFrom;
}

function decideRevokeGrant(command: RevokeGrant, fund: OpenFundState): readonly FundEvent[] {
  const grant = requireGrant(fund, command.grantId);
  if (!REVOCABLE.includes(grant.status)) throw grantInWrongState(grant, 'be revoked');
  requireNoPendingPayment(fund, grant.grantId, 'be revoked');
  requireNoDemandAwaitingOrder(grant, 'be revoked');
  const reason = requireText(command.reason, 'reason', TEXT_LENGTH_MAX.reason);
  const principal = parseAmount(command.repaymentPrincipal, 'repaymentPrincipal', { allowZero: true });
  const fixedRate = optionalFixedRate(command.fixedInterestRatePercentPerYear);
  const claimable = minus(grant.paid.amount, grant.repayment?.principal ?? '0.00');
  if (principal.gt(claimable)) {
    throw new DomainError(
      'REPAYMENT.EXCEEDS_PAID',
      `Only ${claimable} EUR of grant ${grant.grantId} has been paid and not yet claimed back; ${principal.toFixed(2)} EUR cannot be demanded.`,
      'rule_violated',
      'repaymentPrincipal',
    );
  }
  const noticeDate = resolveBusinessDate(fund, command, command.noticeDate, 'noticeDate');
  requireNotBefore(noticeDate, grant.lastBusinessDate, 'noticeDate', `grant ${grant.grantId}'s latest event`);
  const revoked: FundEvent = {
    type: 'GrantRevoked',
    data: {
      ...eventBase(command),
      grantId: grant.grantId,
      applicationId: grant.applicationId,
      reason,
      noticeDate,
      ...correctsField(command.corrects),
    },
  };
  const voidFrom = requireVoidFrom(command.voidFrom, noticeDate);
  const dayCount = fund.settings.interestDayCount ?? 'actual/365';
  const terms = statutoryInterest(principal, voidFrom, noticeDate, fixedRate, dayCount);
  const demand = principal.isZero()
    ? []
    : [
        repaymentDemandEvent(
          command,
          fund,
          grant,
          'revoked',
          principalSplit(grant, principal),
          terms,
          noticeDate,
        ),
      ];
  const release = releaseOpenCommitment(command, grant, 'revoked', fiscalYearOfBusinessDate(noticeDate));
  return [revoked, ...release, ...demand];
}

function decideOrderRepaymentDemand(
  command: OrderRepaymentDemand,
  fund: OpenFundState,
): readonly FundEvent[] {
  const grant = requireGrant(fund, command.grantId);
  const certified = grant.demandAwaitingOrder;
  if (certified === null) {
    throw new DomainError(
      'REPAYMENT.NO_DEMAND_CERTIFIED',
      `Grant ${grant.grantId} has no certified repayment demand waiting for its order.`,
      'conflict',
      'grantId',
    );
  }
  const orderer = requirePerson(command.orderer?.subject, command.orderer?.issuer, 'orderer');
  if (fund.settings.fourEyesPayments && isSamePerson(orderer, certified.certifiedBy)) {
    throw new DomainError(
      'REPAYMENT.SAME_PERSON',
      `You certified the repayment demand on grant ${grant.grantId} yourself; another person must order it (four-eyes principle).`,
      'rule_violated',
      'grantId',
    );
  }
  const orderedOn = resolveBusinessDate(fund, command, command.orderedOn, 'orderedOn');
  if (orderedOn < certified.certifiedOn) {
    throw new DomainError(
      'REPAYMENT.ORDER_BEFORE_CERTIFICATION',
      `The order date ${orderedOn} is before the certification on ${certified.certifiedOn}.`,
      'rule_violated',
      'orderedOn',
    );
  }
  const { certifiedBy, certifiedOn, ...terms } = certified;
  return [
    {
      type: 'RepaymentDemanded',
      data: {
        ...terms,
        ...eventBase(command),
        demandOrder: { certifiedBy, certifiedOn, orderedBy: orderer, orderedOn },
      },
    },
  ];
}

function decideRecordRepayment(command: RecordRepayment, fund: OpenFundState): readonly FundEvent[] {
  const grant = requireGrant(fund, command.grantId);
  requireNoDemandAwaitingOrder(grant, 'receive a repayment');
  requireOutstanding(grant);
  const repaymentId = requireNewId(
    command.repaymentId,
    'repaymentId',
    (id) => fund.repaymentIds.has(id),
    'REPAYMENT.DUPLICATE_ID',
    (id) => `Repayment ${id} has already been recorded.`,
  );
  const amount = parseAmount(command.amount, 'amount');
  const valueDate = resolveBusinessDate(fund, command, command.valueDate, 'valueDate');
  requireNotBefore(valueDate, grant.lastBusinessDate, 'valueDate', `grant ${grant.grantId}'s latest event`);
  const fiscalYear = fiscalYearOfBusinessDate(valueDate);
  const receipt = { repaymentId, amount, valueDate, fiscalYear };
  const lateInterest = lateInterestEvent(command, grant, valueDate);
  if (lateInterest === null) return receivedEvents(command, grant, receipt);
  const recomputed = evolveRevocation(fund, lateInterest).grants.get(grant.grantId) ?? grant;
  return [lateInterest, ...receivedEvents(command, recomputed, receipt)];
}

function requireOutstanding(grant: GrantState): MoneySplit {
  const outstanding = outstandingOf(grant);
  if (outstanding === null || new Money(outstanding.amount).isZero()) {
    throw new DomainError(
      'REPAYMENT.NOT_DUE',
      `Nothing is owed on grant ${grant.grantId}.`,
      'conflict',
      'grantId',
    );
  }
  return outstanding;
}

/** The repayment received, and the settlement when nothing is owed after it. */
function receivedEvents(
  command: RecordRepayment,
  grant: GrantState,
  receipt: { repaymentId: string; amount: Money; valueDate: BusinessDate; fiscalYear: number },
): readonly FundEvent[] {
  const { repaymentId, amount, valueDate, fiscalYear } = receipt;
  const outstanding = requireOutstanding(grant);
  if (amount.gt(outstanding.amount)) {
    throw new DomainError(
      'REPAYMENT.EXCEEDS_OUTSTANDING',
      `${amount.toFixed(2)} EUR is more than the ${outstanding.amount} EUR still owed on grant ${grant.grantId}.`,
      'rule_violated',
      'amount',
    );
  }
  const base = { ...eventBase(command), grantId: grant.grantId, applicationId: grant.applicationId };
  const remaining = minus(outstanding.amount, amount);
  const received: FundEvent = {
    type: 'RepaymentReceived',
    data: {
      ...base,
      repaymentId,
      valueDate,
      fiscalYear,
      outstanding: remaining,
      ...splitWithinRemaining(amount, outstanding),
      ...correctsField(command.corrects),
    },
  };
  if (!new Money(remaining).isZero()) return [received];
  const totalRepaid = plus(grant.repayment?.received.amount ?? '0.00', formatAmount(amount));
  return [received, { type: 'RepaymentSettled', data: { ...base, totalRepaid } }];
}
