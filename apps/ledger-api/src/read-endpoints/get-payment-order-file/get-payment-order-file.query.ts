import { Query } from '@nestjs/cqrs';
import type { PaymentOrderFile, PaymentOrderFormat } from '@fund-ledger/reporting';

/** One file of an export: the SEPA payment order or the payment-order list. */
export class GetPaymentOrderFileQuery extends Query<PaymentOrderFile> {
  constructor(
    readonly fundId: string,
    readonly exportId: string,
    readonly format: PaymentOrderFormat,
  ) {
    super();
  }
}
