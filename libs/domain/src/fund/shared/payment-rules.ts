/**
 * The checks on money leaving the fund that both ways of paying share: a payment booked at once (the
 * grants' use cases) and one certified, ordered and exported (the payments' use cases). They live here so
 * that neither folder imports the other.
 */
import { DomainError } from '../../decider';
import { Money } from '../../money/money';
import type { PaymentKind } from '../fund.commands';
import type { FundState, GrantState } from '../fund.state';
import { grantInWrongState, type OpenFundState } from './guards';

/** When a grant may receive money: advances before the proof of use, payouts after it is accepted. */
export function requirePayable(grant: GrantState, kind: PaymentKind): void {
  const beforeProof = grant.status === 'committed' || grant.status === 'proof-submitted';
  if (kind === 'advance') {
    if (!beforeProof) throw grantInWrongState(grant, 'receive an advance');
    return;
  }
  if (beforeProof) {
    throw new DomainError(
      'PAYOUT.PROOF_REQUIRED',
      `Grant ${grant.grantId} is paid by reimbursement: its proof of use must be accepted before a payout (an advance is possible).`,
      'rule_violated',
      'grantId',
    );
  }
  if (grant.status !== 'proof-accepted') throw grantInWrongState(grant, 'be paid out');
}

/** The money that certified and ordered payments hold back from a grant until they are exported. */
export function reservedFor(fund: FundState, grantId: string): Money {
  let reserved = new Money(0);
  for (const pending of fund.pendingPayments.values()) {
    if (pending.grantId === grantId) reserved = reserved.plus(pending.amount);
  }
  return reserved;
}

/** Refuses a payment booked at once where the fund keeps four eyes on its money. */
export function requireDirectPaymentAllowed(fund: OpenFundState, field: string): void {
  if (fund.settings.fourEyesPayments) {
    throw new DomainError(
      'PAYMENT.FOUR_EYES_REQUIRED',
      'This fund keeps four eyes on its payments: a payment is certified by one person and ordered by another, not booked directly.',
      'rule_violated',
      field,
    );
  }
}

/** Refuses to end or recalculate a grant while a payment of it waits for its order or its export. */
export function requireNoPendingPayment(fund: FundState, grantId: string, action: string): void {
  const pending = [...fund.pendingPayments.values()].find((payment) => payment.grantId === grantId);
  if (pending !== undefined) {
    throw new DomainError(
      'PAYMENT.ORDERS_PENDING',
      `Grant ${grantId} cannot ${action} while payment ${pending.paymentId} is certified and not yet exported; withdraw it first.`,
      'conflict',
      'grantId',
    );
  }
}
