import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SetFiscalYearBudget } from '@fund-ledger/domain';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { fiscalYearOf } from '../../shared/path-params';
import { SetFiscalYearBudgetCommand } from './set-fiscal-year-budget.command';

@CommandHandler(SetFiscalYearBudgetCommand)
export class SetFiscalYearBudgetHandler implements ICommandHandler<
  SetFiscalYearBudgetCommand,
  FundCommandResponse
> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: SetFiscalYearBudgetCommand): Promise<FundCommandResponse> {
    const command: SetFiscalYearBudget = {
      type: 'SetFiscalYearBudget',
      ...commandBase(path, context),
      fiscalYear: fiscalYearOf(path),
      publicBudget: body.publicBudget,
    };
    return this.funds.run(command, path.year, context);
  }
}
