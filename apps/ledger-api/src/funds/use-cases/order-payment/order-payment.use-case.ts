import type { OrderPayment } from '@fund-ledger/domain';
import { personOf } from '../../../auth';
import { commandBase } from '../../use-case-runner/fund-commands';
import { PaymentPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { OrderPaymentRequestDto } from './order-payment.request.dto';

/** The second pair of eyes on a payment: ordered, to be executed by the city's finance system. */
export const orderPayment = fundUseCase({
  name: 'order-payment',
  route: 'funds/:fundId/payments/:paymentId/order',
  tag: 'Payments',
  roles: ['treasurer'],
  summary: 'Order a certified payment (Anordnung)',
  description:
    'The second of four eyes: the person of the token orders a certified payment for the next export. Refused to the person who certified it, whatever roles they hold, while the fund keeps four eyes (PAYMENT.SAME_PERSON); an order dated before the certification is refused (PAYMENT.ORDER_BEFORE_CERTIFICATION).',
  pathParams: PaymentPath,
  requestBody: OrderPaymentRequestDto,
  operationMethod: 'order',
  toCommand(path, body, context) {
    const command: OrderPayment = {
      type: 'OrderPayment',
      ...commandBase(path, context),
      paymentId: path.paymentId,
      orderer: personOf(context.actor),
      orderedOn: body.orderedOn,
      valueDate: body.valueDate,
    };
    return { command, resourceId: path.paymentId };
  },
});
