/** Money a recipient owes back: after a revocation (with interest) or when an advance exceeds the recalculated grant. */
import { formatAmount, Money, ZERO } from '../../money/money';
import { interestStatement, STATUTORY_RATE_TERMS } from '../../interest/interest-statement';
import { DomainError } from '../../decider';
import type { AcceptProofOfUse, DemandUnusedMoneyInterest, FundCommand, RevokeGrant } from '../fund.commands';
import type {
  FundEvent,
  InterestStatementData,
  MoneySplit,
  RepaymentDemanded,
  RepaymentDemandTerms,
  RepaymentReason,
} from '../fund.events';
import type { InterestDayCount } from '../fund.settings';
import type { GrantState } from '../fund.state';
import { todayOf } from '../shared/business-dates';
import { eventBase, type EventBase, type OpenFundState } from '../shared/guards';
import { requirePerson } from '../shared/person';
import type { BusinessDate } from '../../time/business-date';
import { invalidInput } from '../shared/validation';
import { allocateAmongFunders, subtractSplits, withoutZeroFunderParts } from '../shared/splits';
import { allocateByWeights } from '../../money/allocate';

export interface InterestTerms {
  readonly interestRatePercentPerYear: string;
  readonly interestDays: number;
  readonly interest: Money;
  readonly statement: InterestStatementData | null;
}

const RATE_FORMAT = /^\d{1,3}(\.\d{1,4})?$/;

/** The fixed yearly rate a notice names, checked; null when it names none (5 points above the base rate). */
export function optionalFixedRate(value: unknown, field = 'fixedInterestRatePercentPerYear'): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'string' || !RATE_FORMAT.test(value) || new Money(value).gt(100)) {
    throw invalidInput(field, `${field} must be a yearly rate in percent from 0 to 100, like "6" or "5.12".`);
  }
  return value;
}

export const NO_INTEREST: InterestTerms = {
  interestRatePercentPerYear: '0',
  interestDays: 0,
  interest: ZERO,
  statement: null,
};

/** The interest of a demand as § 49a VwVfG computes it, from the fund's day count and the notice's rate. */
export function statutoryInterest(
  principal: Money,
  from: string,
  until: string,
  fixedRatePercentPerYear: string | null,
  dayCount: InterestDayCount,
): InterestTerms {
  const computed = interestStatement({
    principal: formatAmount(principal),
    from,
    until,
    terms:
      fixedRatePercentPerYear === null
        ? STATUTORY_RATE_TERMS
        : { kind: 'fixed', ratePercentPerYear: fixedRatePercentPerYear },
    dayCount,
  });
  const periods = computed.periods.map((period) => ({ ...period }));
  return {
    interestRatePercentPerYear: periods[0]?.ratePercentPerYear ?? fixedRatePercentPerYear ?? '0',
    interestDays: periods.reduce((days, period) => days + period.days, 0),
    interest: new Money(computed.interest),
    statement: { fixedRatePercentPerYear, dayCount, from, until, periods },
  };
}

/** What was paid above the recalculated grant, per pot and funder; null when nothing was overpaid. */
export function overpaidSplit(grant: GrantState, publicPart: Money, privatePart: Money): MoneySplit | null {
  const overpaidPublic = Money.max(ZERO, new Money(grant.paid.publicPart).minus(publicPart));
  const overpaidPrivate = Money.max(ZERO, new Money(grant.paid.privatePart).minus(privatePart));
  if (overpaidPublic.plus(overpaidPrivate).isZero()) return null;
  return {
    amount: formatAmount(overpaidPublic.plus(overpaidPrivate)),
    publicPart: formatAmount(overpaidPublic),
    privatePart: formatAmount(overpaidPrivate),
    publicFunderParts: allocateAmongFunders(overpaidPublic, grant.paid.publicFunderParts),
  };
}

/** Splits a principal between the pots, and the public part among funders, in proportion to what each paid to the grant. */
export function principalSplit(grant: GrantState, amount: Money): MoneySplit {
  return splitLike(grant.paid, amount);
}

/** Splits an amount between the pots, and the public part among funders, in proportion to a paid split. */
export function splitLike(paid: MoneySplit, amount: Money): MoneySplit {
  const [publicPart, privatePart] = allocateByWeights(amount, [paid.publicPart, paid.privatePart]);
  return {
    amount: formatAmount(amount),
    publicPart: formatAmount(publicPart),
    privatePart: formatAmount(privatePart),
    publicFunderParts: allocateAmongFunders(publicPart, paid.publicFunderParts),
  };
}

/**
 * The demand a revocation or an overpaid advance makes, built from the principal split: the interest is
 * added to the pots in proportion to the principal, so each euro of interest returns to the pot whose
 * money earned it. Where the fund keeps four eyes, the person deciding only certifies the demand
 * (`RepaymentDemandCertified`) and another person orders it; otherwise it is demanded at once. It is
 * certified on the revocation notice's date, or, for an overpaid advance, on the day the proof of use
 * is accepted.
 */
export function repaymentDemandEvent(
  command: RevokeGrant | AcceptProofOfUse,
  fund: OpenFundState,
  grant: GrantState,
  reason: RepaymentReason,
  principal: MoneySplit,
  terms: InterestTerms,
  noticeDate?: BusinessDate,
): FundEvent {
  const demand = {
    ...eventBase(command),
    grantId: grant.grantId,
    applicationId: grant.applicationId,
    reason,
    principal: principal.amount,
    interestRatePercentPerYear: terms.interestRatePercentPerYear,
    interestDays: terms.interestDays,
    interest: formatAmount(terms.interest),
    ...(terms.statement === null ? {} : { interestStatement: terms.statement }),
    ...withInterest(principal, terms.interest),
    ...(noticeDate === undefined ? {} : { noticeDate }),
  };
  return demandedOrCertified(command, fund, demand, noticeDate);
}

/**
 * A demand owed at once, or, where the fund keeps four eyes, certified by the person deciding it (on the
 * notice's date, or today) and owed only once another person orders it.
 */
export function demandedOrCertified(
  command: RevokeGrant | AcceptProofOfUse | DemandUnusedMoneyInterest,
  fund: OpenFundState,
  demand: RepaymentDemandTerms & EventBase,
  noticeDate: BusinessDate | undefined,
): FundEvent {
  if (!fund.settings.fourEyesPayments) return { type: 'RepaymentDemanded', data: demand };
  const certifiedBy = requirePerson(command.certifier?.subject, command.certifier?.issuer, 'certifier');
  return {
    type: 'RepaymentDemandCertified',
    data: { ...demand, certifiedBy, certifiedOn: noticeDate ?? todayOf(fund, command) },
  };
}

/** Refuses a new demand, or a repayment, while a certified demand waits for its order. */
export function requireNoDemandAwaitingOrder(grant: GrantState, action: string): void {
  if (grant.demandAwaitingOrder === null) return;
  throw new DomainError(
    'REPAYMENT.DEMAND_AWAITS_ORDER',
    `Grant ${grant.grantId} cannot ${action} while its repayment demand of ${grant.demandAwaitingOrder.amount} EUR is certified and not yet ordered.`,
    'conflict',
    'grantId',
  );
}

function withInterest(principal: MoneySplit, interest: Money): MoneySplit {
  if (interest.isZero()) return principal;
  const [publicInterest, privateInterest] = allocateByWeights(interest, [
    principal.publicPart,
    principal.privatePart,
  ]);
  const publicPart = publicInterest.plus(principal.publicPart);
  return {
    amount: formatAmount(interest.plus(principal.amount)),
    publicPart: formatAmount(publicPart),
    privatePart: formatAmount(privateInterest.plus(principal.privatePart)),
    publicFunderParts: allocateAmongFunders(publicPart, principal.publicFunderParts),
  };
}

/**
 * The interest owed since the statement was last computed, when a repayment arrives on a later day: on
 * the principal still owed (repayments pay interest first, so that is the outstanding amount up to the
 * principal), from the day interest was computed to, to the repayment's value date. Its euros return to
 * the pots in proportion to what each paid, like the principal's. Null when nothing more is owed.
 */
export function lateInterestEvent(
  command: FundCommand,
  grant: GrantState,
  valueDate: string,
): RepaymentDemanded | null {
  const repayment = grant.repayment;
  const outstanding = outstandingOf(grant);
  if (repayment === null || repayment.interest === null || outstanding === null) return null;
  const { statement } = repayment.interest;
  if (valueDate <= statement.until) return null;
  const principalOwed = Money.min(new Money(repayment.principal), new Money(outstanding.amount));
  const terms = statutoryInterest(
    principalOwed,
    statement.until,
    valueDate,
    statement.fixedRatePercentPerYear,
    statement.dayCount,
  );
  if (terms.interest.isZero()) return null;
  return {
    type: 'RepaymentDemanded',
    data: {
      ...eventBase(command),
      grantId: grant.grantId,
      applicationId: grant.applicationId,
      reason: 'late-interest',
      principal: '0.00',
      interestRatePercentPerYear: terms.interestRatePercentPerYear,
      interestDays: terms.interestDays,
      interest: formatAmount(terms.interest),
      ...(terms.statement === null ? {} : { interestStatement: terms.statement }),
      ...principalSplit(grant, terms.interest),
      noticeDate: valueDate,
    },
  };
}

/** What the recipient still owes, per pot and funder. */
export function outstandingOf(grant: GrantState): MoneySplit | null {
  if (grant.repayment === null) return null;
  return withoutZeroFunderParts(subtractSplits(grant.repayment.due, grant.repayment.received));
}
