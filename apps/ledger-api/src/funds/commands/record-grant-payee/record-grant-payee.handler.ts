import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RecordGrantPayee } from '@fund-ledger/domain';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { RecordGrantPayeeCommand } from './record-grant-payee.command';

@CommandHandler(RecordGrantPayeeCommand)
export class RecordGrantPayeeHandler implements ICommandHandler<
  RecordGrantPayeeCommand,
  FundCommandResponse
> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: RecordGrantPayeeCommand): Promise<FundCommandResponse> {
    const command: RecordGrantPayee = {
      type: 'RecordGrantPayee',
      ...commandBase(path, context),
      grantId: path.grantId,
      accountHolder: body.accountHolder,
      iban: body.iban,
      ...(body.bic !== undefined ? { bic: body.bic } : {}),
      ...(body.confirmedDifferentPayee !== undefined
        ? { confirmedDifferentPayee: body.confirmedDifferentPayee }
        : {}),
    };
    return this.funds.run(command, path.grantId, context);
  }
}
