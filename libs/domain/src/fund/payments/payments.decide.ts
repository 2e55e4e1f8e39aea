/**
 * Who receives a grant's money, and the four eyes on money leaving the fund: one person certifies a
 * payment as factually and arithmetically correct, another orders it, and ordered payments are handed
 * to the city's finance system in exports, each exactly once. The money is booked (`AdvancePaid`,
 * `PayoutMade`) when the export hands the order over; until then it stays committed and reserved.
 */
import { DomainError } from '../../decider';
import { formatAmount, Money, parseAmount } from '../../money/money';
import type {
  CertifyPayment,
  ExportPaymentOrders,
  OrderPayment,
  PaymentCommand,
  PaymentKind,
  RecordGrantPayee,
  WithdrawPaymentOrder,
} from '../fund.commands';
import type { AdvancePaid, ExportedPayment, FundEvent, PaymentOrderRecord, PayoutMade } from '../fund.events';
import type { FundState, PendingPayment } from '../fund.state';
import { openCommitmentOf, paymentSplit } from '../shared/grant-money';
import { evolveGrant } from '../grants/grants.evolve';
import { assertNever } from '../shared/assert-never';
import { requireNotBefore, resolveBusinessDate } from '../shared/business-dates';
import { fiscalYearOfBusinessDate } from '../../time/business-date';
import {
  eventBase,
  requireApplication,
  requireGrant,
  requireNewId,
  requireYearOpen,
  type OpenFundState,
} from '../shared/guards';
import { isSamePerson, requirePerson } from '../shared/person';
import { plus } from '../shared/splits';
import {
  requireBoolean,
  requireId,
  requireOneOf,
  requireText,
  TEXT_LENGTH_MAX,
  invalidInput,
} from '../shared/validation';
import { isSameHolder, requireAccount } from './bank-account.rules';
import { requirePayable, reservedFor } from '../shared/payment-rules';
import { everyValueOf } from '../shared/every-value-of';

export const PAYMENT_KINDS = everyValueOf<PaymentKind>()('advance', 'payout');
/** Most payments in one export: a bound on the file, not a business rule; the rest go in the next export. */
export const EXPORT_PAYMENTS_MAX = 1000;
/**
 * A payment id travels as the transfer's end-to-end reference (at most 35 characters); an export id
 * names the file's message, and its payment groups and transactions are named after it, within 35.
 */
export const PAYMENT_ID_LENGTH_MAX = 35;
export const EXPORT_ID_LENGTH_MAX = 20;
const SEPA_REFERENCE = /^[A-Za-z0-9][A-Za-z0-9.:-]*$/;

/** An id that a SEPA transfer can carry unchanged: letters, digits, dots, colons and dashes. */
function requireSepaReference(value: unknown, field: string, lengthMax: number): string {
  if (typeof value !== 'string' || value.length > lengthMax || !SEPA_REFERENCE.test(value)) {
    throw invalidInput(
      field,
      `${field} must be 1 to ${lengthMax} letters, digits, dots, colons or dashes, starting with a letter or digit: it travels with the bank transfer.`,
    );
  }
  return value;
}

export function decidePayments(command: PaymentCommand, fund: OpenFundState): readonly FundEvent[] {
  switch (command.type) {
    case 'RecordGrantPayee':
      return decideRecordPayee(command, fund);
    case 'CertifyPayment':
      return decideCertify(command, fund);
    case 'OrderPayment':
      return decideOrder(command, fund);
    case 'WithdrawPaymentOrder':
      return decideWithdraw(command, fund);
    case 'ExportPaymentOrders':
      return decideExport(command, fund);
    default:
      return assertNever(command);
  }
}

function decideRecordPayee(command: RecordGrantPayee, fund: OpenFundState): readonly FundEvent[] {
  const grant = requireGrant(fund, command.grantId);
  const payee = requireAccount(
    { holder: command.accountHolder, iban: command.iban, bic: command.bic },
    { holder: 'accountHolder', iban: 'iban', bic: 'bic' },
  );
  const confirmed =
    command.confirmedDifferentPayee === undefined
      ? false
      : requireBoolean(command.confirmedDifferentPayee, 'confirmedDifferentPayee');
  const applicant = requireApplication(fund, grant.applicationId).details.applicant.name;
  const holderIsApplicant = isSameHolder(payee.accountHolder, applicant);
  if (!holderIsApplicant && !confirmed) {
    throw new DomainError(
      'PAYEE.NOT_APPLICANT',
      `The account holder "${payee.accountHolder}" is not the applicant "${applicant}"; the fund's office must confirm a different payee.`,
      'rule_violated',
      'accountHolder',
    );
  }
  return [
    {
      type: 'GrantPayeeRecorded',
      data: {
        ...eventBase(command),
        grantId: grant.grantId,
        applicationId: grant.applicationId,
        payee,
        holderIsApplicant,
      },
    },
  ];
}

function decideCertify(command: CertifyPayment, fund: OpenFundState): readonly FundEvent[] {
  const grant = requireGrant(fund, command.grantId);
  const kind = requireOneOf(command.kind, 'kind', PAYMENT_KINDS);
  requirePayable(grant, kind);
  const paymentId = requireNewId(
    requireSepaReference(command.paymentId, 'paymentId', PAYMENT_ID_LENGTH_MAX),
    'paymentId',
    (id) => fund.payoutIds.has(id) || fund.pendingPayments.has(id),
    'PAYOUT.DUPLICATE_ID',
    (id) => `Payment ${id} has already been certified or made.`,
  );
  const amount = parseAmount(command.amount, 'amount');
  const certifier = requirePerson(command.certifier?.subject, command.certifier?.issuer, 'certifier');
  const certifiedOn = resolveBusinessDate(fund, command, command.certifiedOn, 'certifiedOn');
  requireNotBefore(
    certifiedOn,
    grant.lastBusinessDate,
    'certifiedOn',
    `grant ${grant.grantId}'s latest event`,
  );
  if (grant.payee === null) {
    throw new DomainError(
      'PAYMENT.PAYEE_MISSING',
      `Grant ${grant.grantId} has no payee yet; the fund's office records the account holder and IBAN first.`,
      'conflict',
      'grantId',
    );
  }
  const payable = new Money(openCommitmentOf(grant).amount).minus(reservedFor(fund, grant.grantId));
  if (amount.gt(payable)) {
    throw new DomainError(
      'PAYOUT.EXCEEDS_GRANT',
      `${amount.toFixed(2)} EUR is more than the ${formatAmount(payable)} EUR of grant ${grant.grantId} still to be paid and not yet certified.`,
      'rule_violated',
      'amount',
    );
  }
  return [
    {
      type: 'PaymentCertified',
      data: {
        ...eventBase(command),
        grantId: grant.grantId,
        applicationId: grant.applicationId,
        paymentId,
        kind,
        amount: formatAmount(amount),
        payee: grant.payee,
        certifiedBy: certifier,
        certifiedOn,
      },
    },
  ];
}

function requirePending(fund: FundState, paymentId: unknown): PendingPayment {
  const id = requireId(paymentId, 'paymentId');
  const pending = fund.pendingPayments.get(id);
  if (pending !== undefined) return pending;
  const booked = fund.payoutIds.has(id);
  throw new DomainError(
    booked ? 'PAYMENT.INVALID_STATE' : 'PAYMENT.NOT_FOUND',
    booked
      ? `Payment ${id} has already been exported or booked, or its certification was withdrawn.`
      : `There is no certified payment ${id} in this fund.`,
    booked ? 'conflict' : 'not_found',
    'paymentId',
  );
}

function decideOrder(command: OrderPayment, fund: OpenFundState): readonly FundEvent[] {
  const pending = requirePending(fund, command.paymentId);
  if (pending.order !== null) {
    throw new DomainError(
      'PAYMENT.INVALID_STATE',
      `Payment ${pending.paymentId} has already been ordered.`,
      'conflict',
      'paymentId',
    );
  }
  const orderer = requirePerson(command.orderer?.subject, command.orderer?.issuer, 'orderer');
  if (fund.settings.fourEyesPayments && isSamePerson(orderer, pending.certifiedBy)) {
    throw new DomainError(
      'PAYMENT.SAME_PERSON',
      `You certified payment ${pending.paymentId} yourself; another person must order it (four-eyes principle).`,
      'rule_violated',
      'paymentId',
    );
  }
  const orderedOn = resolveBusinessDate(fund, command, command.orderedOn, 'orderedOn');
  if (orderedOn < pending.certifiedOn) {
    throw new DomainError(
      'PAYMENT.ORDER_BEFORE_CERTIFICATION',
      `The order date ${orderedOn} is before the certification on ${pending.certifiedOn}.`,
      'rule_violated',
      'orderedOn',
    );
  }
  const valueDate = resolveBusinessDate(fund, command, command.valueDate, 'valueDate');
  requireNotBefore(valueDate, orderedOn, 'valueDate', 'the order');
  const fiscalYear = fiscalYearOfBusinessDate(valueDate);
  return [
    {
      type: 'PaymentOrdered',
      data: {
        ...eventBase(command),
        grantId: pending.grantId,
        applicationId: pending.applicationId,
        paymentId: pending.paymentId,
        kind: pending.kind,
        amount: pending.amount,
        valueDate,
        fiscalYear,
        certifiedBy: pending.certifiedBy,
        certifiedOn: pending.certifiedOn,
        orderedBy: orderer,
        orderedOn,
      },
    },
  ];
}

function decideWithdraw(command: WithdrawPaymentOrder, fund: OpenFundState): readonly FundEvent[] {
  const pending = requirePending(fund, command.paymentId);
  return [
    {
      type: 'PaymentOrderWithdrawn',
      data: {
        ...eventBase(command),
        grantId: pending.grantId,
        applicationId: pending.applicationId,
        paymentId: pending.paymentId,
        stage: pending.order === null ? 'certified' : 'ordered',
        reason: requireText(command.reason, 'reason', TEXT_LENGTH_MAX.reason),
      },
    },
  ];
}

/**
 * Exports every ordered payment not yet exported (up to the bound), and books each: the payment
 * events are decided one after the other on the grant as the previous one left it, so several
 * payments of one grant split their money exactly as separate payments would.
 */
function decideExport(command: ExportPaymentOrders, fund: OpenFundState): readonly FundEvent[] {
  const exportId = requireNewId(
    requireSepaReference(command.exportId, 'exportId', EXPORT_ID_LENGTH_MAX),
    'exportId',
    (id) => fund.exportIds.has(id),
    'PAYMENT.EXPORT_DUPLICATE_ID',
    (id) => `Export ${id} has already been made.`,
  );
  const debtor = requireAccount(
    { holder: command.debtor?.name, iban: command.debtor?.iban, bic: command.debtor?.bic },
    { holder: 'debtor.name', iban: 'debtor.iban', bic: 'debtor.bic' },
  );
  const ordered = [...fund.pendingPayments.values()].filter((pending) => pending.order !== null);
  if (ordered.length === 0) {
    throw new DomainError(
      'PAYMENT.NOTHING_TO_EXPORT',
      'No ordered payment is waiting for export.',
      'conflict',
    );
  }
  const batch = ordered.slice(0, EXPORT_PAYMENTS_MAX);
  const payments: ExportedPayment[] = batch.map(exportedPayment);
  const exported: FundEvent = {
    type: 'PaymentOrdersExported',
    data: {
      ...eventBase(command),
      exportId,
      debtor,
      payments,
      paymentCount: payments.length,
      total: payments.reduce((sum, payment) => plus(sum, payment.amount), '0.00'),
    },
  };
  return [exported, ...bookedPayments(command, fund, batch, exportId)];
}

function exportedPayment(pending: PendingPayment): ExportedPayment {
  const order = requireOrder(pending);
  return {
    paymentId: pending.paymentId,
    grantId: pending.grantId,
    applicationId: pending.applicationId,
    kind: pending.kind,
    amount: pending.amount,
    valueDate: order.valueDate,
    payee: pending.payee,
    certifiedBy: pending.certifiedBy,
    certifiedOn: pending.certifiedOn,
    orderedBy: order.orderedBy,
    orderedOn: order.orderedOn,
  };
}

function requireOrder(pending: PendingPayment): NonNullable<PendingPayment['order']> {
  if (pending.order === null) throw new Error(`Payment ${pending.paymentId} is not ordered`);
  return pending.order;
}

function bookedPayments(
  command: ExportPaymentOrders,
  fund: OpenFundState,
  batch: readonly PendingPayment[],
  exportId: string,
): FundEvent[] {
  const events: FundEvent[] = [];
  let state: FundState = fund;
  for (const pending of batch) {
    const order = requireOrder(pending);
    const fiscalYear = fiscalYearOfBusinessDate(order.valueDate);
    requireYearOpen(state, fiscalYear, 'exportId');
    const paymentOrder: PaymentOrderRecord = {
      certifiedBy: pending.certifiedBy,
      certifiedOn: pending.certifiedOn,
      orderedBy: order.orderedBy,
      orderedOn: order.orderedOn,
      exportId,
    };
    const data = {
      ...eventBase(command),
      grantId: pending.grantId,
      applicationId: pending.applicationId,
      payoutId: pending.paymentId,
      valueDate: order.valueDate,
      fiscalYear,
      ...paymentSplit(requireGrant(state, pending.grantId), new Money(pending.amount)),
      paymentOrder,
    };
    const event: AdvancePaid | PayoutMade =
      pending.kind === 'advance' ? { type: 'AdvancePaid', data } : { type: 'PayoutMade', data };
    events.push(event);
    state = evolveGrant(state, event);
  }
  return events;
}
