import type { ExportPaymentOrders } from '@fund-ledger/domain';
import { commandBase } from '../../use-case-runner/fund-commands';
import { paymentReferenceOf } from '../../use-case-runner/payment-reference';
import { FundPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { ExportPaymentOrdersRequestDto } from './export-payment-orders.request.dto';

/** The export id names the SEPA message, and its payment groups and transactions are named after it. */
const EXPORT_ID_LENGTH_MAX = 20;

/** Hands every ordered payment not yet exported to the city's finance system, once. */
export const exportPaymentOrders = fundUseCase({
  name: 'export-payment-orders',
  route: 'funds/:fundId/payment-exports',
  tag: 'Payments',
  roles: ['treasurer'],
  summary: 'Export the ordered payments',
  description:
    'Hands every ordered payment not yet exported (at most 1000) to the city’s finance system and books it as paid with both people and both dates. Each payment is exported exactly once; with none waiting the export is refused (PAYMENT.NOTHING_TO_EXPORT). Its files: GET /funds/{fundId}/payment-exports/{exportId}/files/pain.001 and …/csv.',
  pathParams: FundPath,
  requestBody: ExportPaymentOrdersRequestDto,
  operationMethod: 'export',
  toCommand(path, body, context) {
    const exportId = paymentReferenceOf(body.exportId, context, EXPORT_ID_LENGTH_MAX);
    const { name, iban, bic } = body.debtor;
    const command: ExportPaymentOrders = {
      type: 'ExportPaymentOrders',
      ...commandBase(path, context),
      exportId,
      debtor: { name, iban, ...(bic !== undefined ? { bic } : {}) },
    };
    return { command, resourceId: exportId };
  },
});
