import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { FundPath } from '../../shared/path-params';
import { CloseFundCommand } from './close-fund.command';
import { CloseFundRequestDto } from './close-fund.request.dto';

@ApiTags('Funds')
@Controller('funds/:fundId/closing')
export class CloseFundHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['fund-manager'],
    summary: 'Close a fund',
    description:
      'Closes the fund for good. Refused while grants still hold committed money (FUND.OPEN_COMMITMENTS).',
  })
  closeFund(
    @Param() path: FundPath,
    @Body() body: CloseFundRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new CloseFundCommand(path, body, context));
  }
}
