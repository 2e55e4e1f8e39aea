import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { FundPath } from '../../shared/path-params';
import { ChangeFundSettingsCommand } from './change-fund-settings.command';
import { ChangeFundSettingsRequestDto } from './change-fund-settings.request.dto';

@ApiTags('Funds')
@Controller('funds/:fundId/settings')
export class ChangeFundSettingsHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['fund-manager'],
    summary: "Change a fund's settings",
    description:
      'Replaces the settings of the fund; decisions taken earlier keep the settings they were taken under. The matching model cannot change once money has moved (FUND.MATCHING_MODEL_LOCKED).',
  })
  changeFundSettings(
    @Param() path: FundPath,
    @Body() body: ChangeFundSettingsRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new ChangeFundSettingsCommand(path, body, context));
  }
}
