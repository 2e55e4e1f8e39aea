/**
 * The treasury's list of payments on their way out of a fund: certified and waiting for the order,
 * ordered and waiting for the export, and the exports made, each with what it holds. Folded from the
 * fund's events alone; it carries payees' accounts, which are personal data, so only the roles that
 * handle payments read it.
 */
import type { ExportedPayment, FundEvent, Payee, PaymentKind, PersonIdentity } from '@fund-ledger/domain';

export interface PaymentOnItsWayView {
  readonly paymentId: string;
  readonly grantId: string;
  readonly applicationId: string;
  readonly kind: PaymentKind;
  readonly amount: string;
  readonly payee: Payee;
  readonly certifiedBy: PersonIdentity;
  readonly certifiedOn: string;
  /** Null while it waits for its order. */
  readonly order: {
    readonly orderedBy: PersonIdentity;
    readonly orderedOn: string;
    readonly valueDate: string;
  } | null;
}

export interface PaymentExportView {
  readonly exportId: string;
  /** When the export was recorded: the creation time of its SEPA message. */
  readonly exportedAt: string;
  readonly debtor: Payee;
  readonly paymentCount: number;
  readonly total: string;
  readonly payments: readonly ExportedPayment[];
}

export interface PaymentOrdersView {
  /** Certified and ordered payments not yet exported, in the order they were certified. */
  readonly onTheirWay: readonly PaymentOnItsWayView[];
  /** Every export, oldest first. */
  readonly exports: readonly PaymentExportView[];
}

export const NO_PAYMENT_ORDERS: PaymentOrdersView = { onTheirWay: [], exports: [] };

/** One more event of the fund; events that do not concern payment orders leave the view as it is. */
export function evolvePaymentOrders(view: PaymentOrdersView, event: FundEvent): PaymentOrdersView {
  switch (event.type) {
    case 'PaymentCertified': {
      const { paymentId, grantId, applicationId, kind, amount, payee, certifiedBy, certifiedOn } = event.data;
      const certified = {
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
      return { ...view, onTheirWay: [...view.onTheirWay, certified] };
    }
    case 'PaymentOrdered': {
      const { orderedBy, orderedOn, valueDate } = event.data;
      return {
        ...view,
        onTheirWay: view.onTheirWay.map((payment) =>
          payment.paymentId === event.data.paymentId
            ? { ...payment, order: { orderedBy, orderedOn, valueDate } }
            : payment,
        ),
      };
    }
    case 'PaymentOrderWithdrawn':
      return {
        ...view,
        onTheirWay: view.onTheirWay.filter((payment) => payment.paymentId !== event.data.paymentId),
      };
    case 'PaymentOrdersExported': {
      const exported = new Set(event.data.payments.map((payment) => payment.paymentId));
      const { exportId, occurredAt, debtor, paymentCount, total, payments } = event.data;
      return {
        onTheirWay: view.onTheirWay.filter((payment) => !exported.has(payment.paymentId)),
        exports: [
          ...view.exports,
          { exportId, exportedAt: occurredAt, debtor, paymentCount, total, payments },
        ],
      };
    }
    default:
      return view;
  }
}
