import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { FiscalYearPath } from '../../shared/path-params';
import { SetFiscalYearBudgetCommand } from './set-fiscal-year-budget.command';
import { SetFiscalYearBudgetRequestDto } from './set-fiscal-year-budget.request.dto';

@ApiTags('Fiscal years')
@Controller('funds/:fundId/budgets/:year')
export class SetFiscalYearBudgetHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['treasurer'],
    summary: "Set a fiscal year's public budget",
    description:
      'Sets the public budget of a fiscal year (the most public money the fund may receive for it). Refused for a closed year (FISCAL_YEAR.CLOSED) or below what was already received (FISCAL_YEAR.BUDGET_BELOW_RECEIVED).',
  })
  setFiscalYearBudget(
    @Param() path: FiscalYearPath,
    @Body() body: SetFiscalYearBudgetRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new SetFiscalYearBudgetCommand(path, body, context));
  }
}
