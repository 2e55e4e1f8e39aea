import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CertifyPayment } from '@fund-ledger/domain';
import { personOf } from '../../../auth';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { paymentReferenceOf } from '../../shared/payment-reference';
import { CertifyPaymentCommand } from './certify-payment.command';

/** The payment id travels as the transfer's end-to-end reference: at most 35 characters. */
const PAYMENT_ID_LENGTH_MAX = 35;

@CommandHandler(CertifyPaymentCommand)
export class CertifyPaymentHandler implements ICommandHandler<CertifyPaymentCommand, FundCommandResponse> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: CertifyPaymentCommand): Promise<FundCommandResponse> {
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
    return this.funds.run(command, paymentId, context);
  }
}
