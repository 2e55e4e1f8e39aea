import { Query } from '@nestjs/cqrs';
import type { LedgerCut } from '../read-model-access/read-model-query.dto';
import type { PaymentOrdersResponse } from './payment-orders.response.dto';

/** The payments on their way out of a fund and its exports, now, as of a point in time or by business date. */
export class GetPaymentOrdersQuery extends Query<PaymentOrdersResponse> {
  constructor(
    readonly fundId: string,
    readonly cut: LedgerCut,
  ) {
    super();
  }
}
