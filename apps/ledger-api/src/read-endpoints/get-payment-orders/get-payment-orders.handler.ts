import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { evolvePaymentOrders, NO_PAYMENT_ORDERS } from '@fund-ledger/projections';
import { FundReadModels } from '../read-model-access/fund-read-models';
import { GetPaymentOrdersQuery } from './get-payment-orders.query';
import type { PaymentOrdersResponse } from './payment-orders.response.dto';

/** Folds the fund's events into the payment orders: a fund has few, and they are read rarely. */
@QueryHandler(GetPaymentOrdersQuery)
export class GetPaymentOrdersHandler implements IQueryHandler<GetPaymentOrdersQuery, PaymentOrdersResponse> {
  constructor(private readonly funds: FundReadModels) {}

  async execute(query: GetPaymentOrdersQuery): Promise<PaymentOrdersResponse> {
    const answer = await this.funds.fundEvents(query.fundId, query.cut);
    const view = answer.records.reduce(
      (folded, record) => evolvePaymentOrders(folded, record.event),
      NO_PAYMENT_ORDERS,
    );
    return {
      fundId: answer.summary.fundId,
      lastEvent: answer.summary.lastEvent,
      onTheirWay: view.onTheirWay,
      exports: view.exports.map(({ exportId, exportedAt, paymentCount, total }) => ({
        exportId,
        exportedAt,
        paymentCount,
        total,
      })),
      asOf: answer.answerPoint,
    };
  }
}
