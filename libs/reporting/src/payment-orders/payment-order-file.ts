/**
 * The files an export of payment orders is handed over in, both made from the export's event alone:
 * the SEPA credit transfer initiation (pain.001.001.09) the city's finance system reads, and the
 * payment-order list (CSV) the people who sign for the payments read.
 */
import type { PaymentOrdersExported } from '@fund-ledger/domain';

export type PaymentOrderExport = PaymentOrdersExported['data'];

/** What a file of an export is called and what it holds. */
export interface PaymentOrderFile {
  readonly fileName: string;
  readonly mediaType: string;
  readonly body: string;
}

export const PAYMENT_ORDER_FORMATS = ['pain.001', 'csv'] as const;
export type PaymentOrderFormat = (typeof PAYMENT_ORDER_FORMATS)[number];
