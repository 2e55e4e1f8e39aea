/**
 * The SEPA credit transfer initiation (ISO 20022 pain.001.001.09, as the EPC's SEPA rules restrict it)
 * for one export, made with the `sepa` package. One payment group per requested execution date, in the
 * order of the export. The package takes amounts as JavaScript numbers and sums them as such; every
 * amount here is a whole number of cents below a billion, which a number holds exactly, and the file's
 * amounts and control sums are read back and compared with the event's decimal figures before the file
 * is handed out, so a rounding in the package can never reach the bank.
 */
import { Money } from '@fund-ledger/domain';
import { Document } from 'sepa';
import type { PaymentOrderExport, PaymentOrderFile } from './payment-order-file';

const PAIN_FORMAT = 'pain.001.001.09';
/** Remittance text the payee sees on their statement, within the 140 characters a transfer carries. */
const REMITTANCE_LENGTH_MAX = 140;

export interface Pain001Context {
  /** The fund's name: the initiating party. */
  readonly fundName: string;
  /** When the export was recorded: the message's creation time. */
  readonly recordedAt: string;
}

export function renderPain001(exported: PaymentOrderExport, context: Pain001Context): PaymentOrderFile {
  const document = new Document(PAIN_FORMAT);
  document.grpHdr.id = exported.exportId;
  document.grpHdr.created = new Date(context.recordedAt);
  document.grpHdr.initiatorName = context.fundName.slice(0, 70);
  const dates = [...new Set(exported.payments.map((payment) => payment.valueDate))];
  dates.forEach((valueDate, index) => {
    const info = document.createPaymentInfo();
    info.id = String(index + 1);
    info.requestedExecutionDate = calendarDate(valueDate);
    info.debtorName = exported.debtor.accountHolder;
    info.debtorIBAN = exported.debtor.iban;
    info.debtorBIC = exported.debtor.bic ?? '';
    for (const payment of exported.payments.filter((one) => one.valueDate === valueDate)) {
      const transaction = info.createTransaction();
      transaction.end2endId = payment.paymentId;
      transaction.amount = exactNumber(payment.amount);
      transaction.creditorName = payment.payee.accountHolder;
      transaction.creditorIBAN = payment.payee.iban;
      transaction.creditorBIC = payment.payee.bic ?? '';
      transaction.remittanceInfo = remittanceOf(payment.grantId, payment.kind).slice(
        0,
        REMITTANCE_LENGTH_MAX,
      );
      info.addTransaction(transaction);
    }
    document.addPaymentInfo(info);
  });
  const body = document.toString();
  requireSameAmounts(body, exported);
  return { fileName: `${exported.exportId}.pain.001.xml`, mediaType: 'application/xml', body };
}

function remittanceOf(grantId: string, kind: 'advance' | 'payout'): string {
  return `${kind === 'advance' ? 'Abschlag' : 'Auszahlung'} Zuwendung ${grantId}`;
}

/** A calendar date at local midnight: the package writes dates in the process's local time. */
function calendarDate(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year, month - 1, day);
}

function exactNumber(amount: string): number {
  const number = Number(amount);
  if (number.toFixed(2) !== amount) throw new Error(`${amount} cannot travel as a number exactly`);
  return number;
}

/** Every instructed amount and control sum in the file, compared with the event's own decimal figures. */
function requireSameAmounts(body: string, exported: PaymentOrderExport): void {
  const instructed = [...body.matchAll(/<InstdAmt Ccy="EUR">([^<]+)<\/InstdAmt>/g)].map((match) => match[1]);
  const expected = exported.payments.map((payment) => payment.amount);
  const sorted = (amounts: readonly string[]) => [...amounts].sort().join(' ');
  const controlSums = [...body.matchAll(/<CtrlSum>([^<]+)<\/CtrlSum>/g)].map((match) => match[1]);
  const groupSum = controlSums[0];
  const paymentGroupSums = controlSums.slice(1).reduce((sum, amount) => sum.plus(amount), new Money(0));
  if (
    sorted(instructed) !== sorted(expected) ||
    groupSum !== exported.total ||
    paymentGroupSums.toFixed(2) !== exported.total
  ) {
    throw new Error(
      `The payment order file of export ${exported.exportId} does not match its recorded amounts`,
    );
  }
}
