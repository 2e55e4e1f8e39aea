import type { CertifyPayment } from '@fund-ledger/domain';
import { personOf } from '../../../auth';
import { commandBase } from '../../use-case-runner/fund-commands';
import { paymentReferenceOf } from '../../use-case-runner/payment-reference';
import { GrantPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { CertifyPaymentRequestDto } from './certify-payment.request.dto';

/** The payment id travels as the transfer's end-to-end reference: at most 35 characters. */
const PAYMENT_ID_LENGTH_MAX = 35;

/** The first pair of eyes on a payment: certified as factually and arithmetically correct. */
export const certifyPayment = fundUseCase({
  name: 'certify-payment',
  route: 'funds/:fundId/grants/:grantId/certified-payments',
  tag: 'Payments',
  roles: ['fund-manager'],
  summary: 'Certify a payment (sachlich und rechnerisch richtig)',
  description:
    'The first of four eyes: the person of the token certifies an advance or payout of the grant to its recorded payee. The amount is held back from the grant until the payment is exported or withdrawn (PAYOUT.EXCEEDS_GRANT beyond what is left); a grant without payee is refused (PAYMENT.PAYEE_MISSING); a payout needs the accepted proof of use (PAYOUT.PROOF_REQUIRED).',
  pathParams: GrantPath,
  requestBody: CertifyPaymentRequestDto,
  operationMethod: 'certify',
  toCommand(path, body, context) {
    const paymentId = paymentReferenceOf(body.paymentId, context, PAYMENT_ID_LENGTH_MAX);
    const command: CertifyPayment = {
      type: 'CertifyPayment',
      ...commandBase(path, context),
      grantId: path.grantId,
      paymentId,
      kind: body.kind,
      amount: body.amount,
      certifier: personOf(context.actor),
      certifiedOn: body.certifiedOn,
    };
    return { command, resourceId: paymentId };
  },
});
