import type { WithdrawPaymentOrder } from '@fund-ledger/domain';
import { commandBase } from '../../use-case-runner/fund-commands';
import { PaymentPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { WithdrawPaymentOrderRequestDto } from './withdraw-payment-order.request.dto';

/** Takes back a certified or ordered payment that has not been exported. */
export const withdrawPaymentOrder = fundUseCase({
  name: 'withdraw-payment-order',
  route: 'funds/:fundId/payments/:paymentId/withdrawal',
  tag: 'Payments',
  roles: ['treasurer', 'fund-manager'],
  summary: 'Withdraw a certified or ordered payment',
  description:
    'Takes back a certification or an order before it is exported; the money it held is free again, and its id is not used again. Refused once exported (PAYMENT.INVALID_STATE).',
  pathParams: PaymentPath,
  requestBody: WithdrawPaymentOrderRequestDto,
  operationMethod: 'withdraw',
  toCommand(path, body, context) {
    const command: WithdrawPaymentOrder = {
      type: 'WithdrawPaymentOrder',
      ...commandBase(path, context),
      paymentId: path.paymentId,
      reason: body.reason,
    };
    return { command, resourceId: path.paymentId };
  },
});
