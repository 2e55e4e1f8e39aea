import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { FundPath } from '../../shared/path-params';
import { RecordPublicContributionCommand } from './record-public-contribution.command';
import { RecordPublicContributionRequestDto } from './record-public-contribution.request.dto';

@ApiTags('Contributions')
@Controller('funds/:fundId/contributions/public')
export class RecordPublicContributionHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['treasurer'],
    summary: 'Record a public contribution',
    description:
      "Records public money received for the fund. The service splits it among the public funders by their shares, to the cent (largest remainder), and records the split as its own event. Refused beyond the fiscal year's budget (FISCAL_YEAR.BUDGET_EXCEEDED) or without one (FISCAL_YEAR.NO_BUDGET).",
  })
  recordPublicContribution(
    @Param() path: FundPath,
    @Body() body: RecordPublicContributionRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new RecordPublicContributionCommand(path, body, context));
  }
}
