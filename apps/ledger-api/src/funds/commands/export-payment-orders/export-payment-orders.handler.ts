import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExportPaymentOrders } from '@fund-ledger/domain';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { paymentReferenceOf } from '../../shared/payment-reference';
import { ExportPaymentOrdersCommand } from './export-payment-orders.command';

/** The export id names the SEPA message, and its payment groups and transactions are named after it. */
const EXPORT_ID_LENGTH_MAX = 20;

@CommandHandler(ExportPaymentOrdersCommand)
export class ExportPaymentOrdersHandler implements ICommandHandler<
  ExportPaymentOrdersCommand,
  FundCommandResponse
> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: ExportPaymentOrdersCommand): Promise<FundCommandResponse> {
    const exportId = paymentReferenceOf(body.exportId, context, EXPORT_ID_LENGTH_MAX);
    const { name, iban, bic } = body.debtor;
    const command: ExportPaymentOrders = {
      type: 'ExportPaymentOrders',
      ...commandBase(path, context),
      exportId,
      debtor: { name, iban, ...(bic !== undefined ? { bic } : {}) },
    };
    return this.funds.run(command, exportId, context);
  }
}
