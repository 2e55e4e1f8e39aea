/**
 * The payment-order list of an export, for the people who certify and order payments and for the
 * city's finance office: one line per payment with its amount, payee, account and both signatures.
 * German, like the finance office that reads it: ";" between fields, a decimal comma, ISO dates, UTF-8
 * with a byte order mark; text that starts like a formula is made plain, as in the council report.
 */
import { makeControlsVisible, type PersonIdentity } from '@fund-ledger/domain';
import type { PaymentOrderExport, PaymentOrderFile } from './payment-order-file';

const BYTE_ORDER_MARK = '\ufeff';
const LINE_END = '\r\n';
const SEPARATOR = ';';
const FORMULA_START = /^[=+\-@\t\r]/;

const HEADER = [
  'Export',
  'Zahlung',
  'Zuwendung',
  'Antrag',
  'Art',
  'Betrag EUR',
  'Ausführung am',
  'Kontoinhaber',
  'IBAN',
  'BIC',
  'Sachlich und rechnerisch richtig',
  'festgestellt am',
  'Angeordnet',
  'angeordnet am',
];

export function renderPaymentOrderCsv(exported: PaymentOrderExport): PaymentOrderFile {
  const rows = exported.payments.map((payment) => [
    exported.exportId,
    payment.paymentId,
    payment.grantId,
    payment.applicationId,
    payment.kind === 'advance' ? 'Abschlag' : 'Auszahlung',
    payment.amount.replace('.', ','),
    payment.valueDate,
    payment.payee.accountHolder,
    payment.payee.iban,
    payment.payee.bic ?? '',
    personText(payment.certifiedBy),
    payment.certifiedOn,
    personText(payment.orderedBy),
    payment.orderedOn,
  ]);
  const totals = ['Summe', String(exported.paymentCount), '', '', '', exported.total.replace('.', ',')];
  const body = [HEADER, ...rows, totals].map(line).join(LINE_END) + LINE_END;
  return {
    fileName: `${exported.exportId}.zahlungsanordnungen.csv`,
    mediaType: 'text/csv; charset=utf-8',
    body: BYTE_ORDER_MARK + body,
  };
}

function personText(person: PersonIdentity): string {
  return person.issuer === undefined ? person.subject : `${person.subject} (${person.issuer})`;
}

function line(cells: readonly string[]): string {
  return cells.map((cell) => quoted(plain(cell))).join(SEPARATOR);
}

function plain(text: string): string {
  const visible = makeControlsVisible(text, { keepLineBreaks: false });
  return FORMULA_START.test(visible) ? `'${visible}` : visible;
}

function quoted(text: string): string {
  return text.includes(SEPARATOR) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
