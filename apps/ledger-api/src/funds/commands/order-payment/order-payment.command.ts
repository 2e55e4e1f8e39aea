import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { PaymentPath } from '../../shared/path-params';
import type { OrderPaymentRequestDto } from './order-payment.request.dto';

/** The second pair of eyes on a payment: ordered, to be executed by the city's finance system. */
export class OrderPaymentCommand extends FundUseCaseCommand<PaymentPath, OrderPaymentRequestDto> {}
