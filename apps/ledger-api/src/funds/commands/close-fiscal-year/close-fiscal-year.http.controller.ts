import { Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { EmptyBody } from '../../shared/empty-body.decorator';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { FiscalYearPath } from '../../shared/path-params';
import { CloseFiscalYearCommand } from './close-fiscal-year.command';

@ApiTags('Fiscal years')
@Controller('funds/:fundId/fiscal-years/:year/closing')
export class CloseFiscalYearHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['treasurer'],
    summary: 'Close a fiscal year',
    description:
      'Seals the figures of a fiscal year that has ended; uncommitted public money carries over or lapses as the fund settings say. No body. Refused before the year has ended (FISCAL_YEAR.NOT_ENDED), without a budget (FISCAL_YEAR.NO_BUDGET) or when already closed (FISCAL_YEAR.CLOSED).',
  })
  closeFiscalYear(
    @Param() path: FiscalYearPath,
    @EmptyBody() body: undefined,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new CloseFiscalYearCommand(path, body, context));
  }
}
