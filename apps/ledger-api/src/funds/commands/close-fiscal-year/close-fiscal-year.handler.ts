import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CloseFiscalYear } from '@fund-ledger/domain';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { fiscalYearOf } from '../../shared/path-params';
import { CloseFiscalYearCommand } from './close-fiscal-year.command';

@CommandHandler(CloseFiscalYearCommand)
export class CloseFiscalYearHandler implements ICommandHandler<CloseFiscalYearCommand, FundCommandResponse> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, context }: CloseFiscalYearCommand): Promise<FundCommandResponse> {
    const command: CloseFiscalYear = {
      type: 'CloseFiscalYear',
      ...commandBase(path, context),
      fiscalYear: fiscalYearOf(path),
    };
    return this.funds.run(command, path.year, context);
  }
}
