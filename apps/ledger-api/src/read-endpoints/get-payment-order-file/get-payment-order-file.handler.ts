import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { evolvePaymentOrders, NO_PAYMENT_ORDERS } from '@fund-ledger/projections';
import { renderPain001, renderPaymentOrderCsv, type PaymentOrderFile } from '@fund-ledger/reporting';
import { ProblemException } from '../../common/problems/problem.exception';
import { FundReadModels } from '../read-model-access/fund-read-models';
import { NOW } from '../read-model-access/read-model-query.dto';
import { GetPaymentOrderFileQuery } from './get-payment-order-file.query';

/**
 * Makes a file of an export again from its event: downloading it twice gives the same bytes and
 * records nothing, since the export itself is what happened.
 */
@QueryHandler(GetPaymentOrderFileQuery)
export class GetPaymentOrderFileHandler implements IQueryHandler<GetPaymentOrderFileQuery, PaymentOrderFile> {
  constructor(private readonly funds: FundReadModels) {}

  async execute(query: GetPaymentOrderFileQuery): Promise<PaymentOrderFile> {
    const answer = await this.funds.fundEvents(query.fundId, NOW);
    const view = answer.records.reduce(
      (folded, record) => evolvePaymentOrders(folded, record.event),
      NO_PAYMENT_ORDERS,
    );
    const exported = view.exports.find((one) => one.exportId === query.exportId);
    if (exported === undefined) {
      const detail = `Fund ${query.fundId} has no export ${query.exportId}`;
      throw ProblemException.of('notFound', { detail, errors: [{ field: 'exportId', message: detail }] });
    }
    const data = { fundId: query.fundId, occurredAt: exported.exportedAt, ...exported };
    return query.format === 'csv'
      ? renderPaymentOrderCsv(data)
      : renderPain001(data, { fundName: answer.summary.name, recordedAt: exported.exportedAt });
  }
}
