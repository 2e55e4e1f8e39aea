import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { GrantPath } from '../../shared/path-params';
import type { CertifyPaymentRequestDto } from './certify-payment.request.dto';

/** The first pair of eyes on a payment: certified as factually and arithmetically correct. */
export class CertifyPaymentCommand extends FundUseCaseCommand<GrantPath, CertifyPaymentRequestDto> {}
