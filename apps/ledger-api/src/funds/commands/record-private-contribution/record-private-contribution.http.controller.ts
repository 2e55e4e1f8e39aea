import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { FundPath } from '../../shared/path-params';
import { RecordPrivateContributionCommand } from './record-private-contribution.command';
import { RecordPrivateContributionRequestDto } from './record-private-contribution.request.dto';

@ApiTags('Contributions')
@Controller('funds/:fundId/contributions/private')
export class RecordPrivateContributionHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['treasurer'],
    summary: 'Record a private contribution',
    description:
      'Records private money (businesses, property owners, associations, sponsors...) received by the fund. Only pooled funds take private contributions (CONTRIBUTION.PRIVATE_NOT_POOLED); an id is recorded once (CONTRIBUTION.DUPLICATE_ID).',
  })
  recordPrivateContribution(
    @Param() path: FundPath,
    @Body() body: RecordPrivateContributionRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new RecordPrivateContributionCommand(path, body, context));
  }
}
