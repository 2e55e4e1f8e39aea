import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { PaymentPath } from '../../shared/path-params';
import type { WithdrawPaymentOrderRequestDto } from './withdraw-payment-order.request.dto';

/** Takes back a certified or ordered payment that has not been exported. */
export class WithdrawPaymentOrderCommand extends FundUseCaseCommand<
  PaymentPath,
  WithdrawPaymentOrderRequestDto
> {}
