import type { PaymentEvent } from '../fund.events';
import type { FundState, PendingPayment } from '../fund.state';
import { updateGrant } from '../grants/grants.evolve';
import { assertNever } from '../shared/assert-never';
import { withEntry, withId } from '../shared/keyed';

export function evolvePayments(state: FundState, event: PaymentEvent): FundState {
  switch (event.type) {
    case 'GrantPayeeRecorded':
      return updateGrant(state, event.data.grantId, () => ({ payee: event.data.payee }));
    case 'PaymentCertified': {
      const { paymentId, grantId, applicationId, kind, amount, payee, certifiedBy, certifiedOn } = event.data;
      const pending: PendingPayment = {
        paymentId,
        grantId,
        applicationId,
        kind,
        amount,
        payee,
        certifiedBy,
        certifiedOn,
        order: null,
      };
      return { ...state, pendingPayments: withEntry(state.pendingPayments, paymentId, pending) };
    }
    case 'PaymentOrdered': {
      const pending = requirePending(state, event.data.paymentId);
      const { orderedBy, orderedOn, valueDate } = event.data;
      const ordered = { ...pending, order: { orderedBy, orderedOn, valueDate } };
      return { ...state, pendingPayments: withEntry(state.pendingPayments, pending.paymentId, ordered) };
    }
    case 'PaymentOrderWithdrawn':
      // The id stays taken: a withdrawn payment is certified again under a new id, so the history never names two payments alike.
      return {
        ...state,
        pendingPayments: without(state.pendingPayments, event.data.paymentId),
        payoutIds: withId(state.payoutIds, event.data.paymentId),
      };
    case 'PaymentOrdersExported': {
      let pendingPayments = state.pendingPayments;
      for (const payment of event.data.payments)
        pendingPayments = without(pendingPayments, payment.paymentId);
      return { ...state, pendingPayments, exportIds: withId(state.exportIds, event.data.exportId) };
    }
    default:
      return assertNever(event);
  }
}

function requirePending(state: FundState, paymentId: string): PendingPayment {
  const pending = state.pendingPayments.get(paymentId);
  if (pending === undefined) throw new Error(`Event refers to unknown pending payment ${paymentId}`);
  return pending;
}

function without<Value>(entries: ReadonlyMap<string, Value>, id: string): ReadonlyMap<string, Value> {
  const copy = new Map(entries);
  copy.delete(id);
  return copy;
}
