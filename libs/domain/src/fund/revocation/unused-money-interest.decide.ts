/**
 * Interest on money paid out and not used in time (§ 49a (4) VwVfG): an advance or payout whose money
 * lay unused beyond the fund's grace bears interest from the day the grace ends to the day the money was
 * used, or to the notice while it is still unused. The money itself stays with the project; only the
 * interest is demanded, and it returns to the pots in proportion to what each paid of that payment.
 * Where the fund keeps four eyes the demand, like a revocation's, is certified by the person making it
 * and owed once another person orders it.
 */
import { DomainError } from '../../decider';
import { addMonths } from '../../interest/calendar-days';
import { formatAmount, Money, parseAmount } from '../../money/money';
import { laterBusinessDate, type BusinessDate } from '../../time/business-date';
import type { DemandUnusedMoneyInterest } from '../fund.commands';
import type { FundEvent } from '../fund.events';
import { DEFAULT_UNUSED_MONEY_GRACE_MONTHS } from '../fund.settings';
import type { GrantPaymentState, GrantState } from '../fund.state';
import { requireBusinessDateFormat, requireNotBefore, resolveBusinessDate } from '../shared/business-dates';
import { eventBase, grantInWrongState, requireGrant, type OpenFundState } from '../shared/guards';
import { invalidInput } from '../shared/validation';
import {
  demandedOrCertified,
  optionalFixedRate,
  requireNoDemandAwaitingOrder,
  splitLike,
  statutoryInterest,
} from './repayment-money';

export function decideDemandUnusedMoneyInterest(
  command: DemandUnusedMoneyInterest,
  fund: OpenFundState,
): readonly FundEvent[] {
  const grant = requireGrant(fund, command.grantId);
  // A revocation demands the money back with interest from the day the grant became void; interest
  // for lying unused as well would charge the same money twice.
  if (grant.status === 'revoked') throw grantInWrongState(grant, 'be charged interest on unused money');
  requireNoDemandAwaitingOrder(grant, 'be charged interest on unused money');
  const payment = requirePaymentOf(fund, grant, command.payoutId);
  const unusedAmount = requireUnusedAmount(command.unusedAmount, payment);
  const fixedRate = optionalFixedRate(command.fixedInterestRatePercentPerYear);
  const noticeDate = resolveBusinessDate(fund, command, command.noticeDate, 'noticeDate');
  requireNotBefore(noticeDate, grant.lastBusinessDate, 'noticeDate', `grant ${grant.grantId}'s latest event`);
  const usedOn = command.usedOn === undefined ? null : requireUsedOn(command.usedOn, payment, noticeDate);
  const field = usedOn === null ? 'noticeDate' : 'usedOn';
  const until = usedOn ?? noticeDate;
  const from = interestStartOf(fund, payment);
  requireNotDemandedBefore(payment, until, field);
  const terms = statutoryInterest(
    unusedAmount,
    from,
    laterBusinessDate(from, until),
    fixedRate,
    fund.settings.interestDayCount ?? 'actual/365',
  );
  if (terms.interest.isZero()) throw nothingOwed(payment, from, until, field);
  const demand = {
    ...eventBase(command),
    grantId: grant.grantId,
    applicationId: grant.applicationId,
    reason: 'unused-money' as const,
    principal: '0.00',
    interestRatePercentPerYear: terms.interestRatePercentPerYear,
    interestDays: terms.interestDays,
    interest: formatAmount(terms.interest),
    ...(terms.statement === null ? {} : { interestStatement: terms.statement }),
    unusedPayment: { payoutId: payment.payoutId, unusedAmount: formatAmount(unusedAmount), usedOn },
    ...splitLike(payment.paid, terms.interest),
    noticeDate,
  };
  return [demandedOrCertified(command, fund, demand, noticeDate)];
}

function requirePaymentOf(fund: OpenFundState, grant: GrantState, payoutId: unknown): GrantPaymentState {
  const payment = typeof payoutId === 'string' ? grant.payments.get(payoutId) : undefined;
  if (payment !== undefined) return payment;
  const owner =
    typeof payoutId === 'string' && fund.payoutIds.has(payoutId)
      ? [...fund.grants.values()].find((other) => other.payments.has(payoutId))
      : undefined;
  if (owner !== undefined) {
    throw new DomainError(
      'PAYOUT.OF_ANOTHER_GRANT',
      `Payment ${String(payoutId)} was paid on grant ${owner.grantId}, not on grant ${grant.grantId}.`,
      'rule_violated',
      'payoutId',
    );
  }
  throw new DomainError(
    'PAYOUT.NOT_FOUND',
    `Grant ${grant.grantId} has no advance or payout ${String(payoutId)}.`,
    'not_found',
    'payoutId',
  );
}

function requireUnusedAmount(value: unknown, payment: GrantPaymentState): Money {
  if (value === undefined) return new Money(payment.paid.amount);
  const amount = parseAmount(value, 'unusedAmount');
  if (amount.gt(payment.paid.amount)) {
    throw new DomainError(
      'UNUSED_MONEY.EXCEEDS_PAYMENT',
      `${amount.toFixed(2)} EUR cannot have lain unused of payment ${payment.payoutId}, which paid ${payment.paid.amount} EUR.`,
      'rule_violated',
      'unusedAmount',
    );
  }
  return amount;
}

/** The day the money was used: a date from the payment's value date to the notice. */
function requireUsedOn(value: unknown, payment: GrantPaymentState, noticeDate: BusinessDate): BusinessDate {
  const usedOn = requireBusinessDateFormat(value, 'usedOn');
  if (usedOn < payment.valueDate) {
    throw invalidInput(
      'usedOn',
      `usedOn ${usedOn} is before payment ${payment.payoutId} was made on ${payment.valueDate}.`,
    );
  }
  if (usedOn > noticeDate) {
    throw invalidInput(
      'usedOn',
      `usedOn ${usedOn} is after the notice of ${noticeDate}: a notice charges only time that has passed; leave usedOn out while the money is still unused.`,
    );
  }
  return usedOn;
}

/** The grace's end, or where the last demand on this payment stopped: no day is charged twice. */
function interestStartOf(fund: OpenFundState, payment: GrantPaymentState): BusinessDate {
  const graceMonths = fund.settings.unusedMoneyGraceMonths ?? DEFAULT_UNUSED_MONEY_GRACE_MONTHS;
  return laterBusinessDate(payment.unusedInterestDemandedUntil, addMonths(payment.valueDate, graceMonths));
}

function requireNotDemandedBefore(payment: GrantPaymentState, until: BusinessDate, field: string): void {
  const demandedUntil = payment.unusedInterestDemandedUntil;
  if (demandedUntil === null || until > demandedUntil) return;
  throw new DomainError(
    'UNUSED_MONEY.ALREADY_DEMANDED',
    `Interest on payment ${payment.payoutId} lying unused has been demanded up to ${demandedUntil}; ${field} ${until} adds no day to it.`,
    'conflict',
    field,
  );
}

function nothingOwed(
  payment: GrantPaymentState,
  from: BusinessDate,
  until: BusinessDate,
  field: string,
): DomainError {
  const why =
    until <= from
      ? `the money was used, or the notice given, within the fund's grace, which ends on ${from}`
      : `the rate gives no interest from ${from} to ${until}`;
  return new DomainError(
    'UNUSED_MONEY.NOTHING_OWED',
    `No interest is owed on payment ${payment.payoutId}: ${why}.`,
    'rule_violated',
    field,
  );
}
