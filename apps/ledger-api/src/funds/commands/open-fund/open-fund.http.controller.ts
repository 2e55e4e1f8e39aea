import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { OpenFundCommand } from './open-fund.command';
import { OpenFundRequestDto } from './open-fund.request.dto';

@ApiTags('Funds')
@Controller('funds')
export class OpenFundHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['fund-manager'],
    summary: 'Open a fund',
    description:
      'Opens a new fund with its settings: funding source, matching model, public funders and their shares, public share cap, per-project cap, year-end policy and jury rules. Refused when a fund with this id exists (FUND.ALREADY_OPEN) or a setting is invalid (FUND.INVALID_SETTINGS).',
  })
  openFund(
    @Body() body: OpenFundRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new OpenFundCommand(body, context));
  }
}
