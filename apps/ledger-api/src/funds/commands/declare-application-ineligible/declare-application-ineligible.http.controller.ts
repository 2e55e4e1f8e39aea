import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { ApplicationPath } from '../../shared/path-params';
import { DeclareApplicationIneligibleCommand } from './declare-application-ineligible.command';
import { DeclareApplicationIneligibleRequestDto } from './declare-application-ineligible.request.dto';

@ApiTags('Applications')
@Controller('funds/:fundId/applications/:applicationId/ineligibility')
export class DeclareApplicationIneligibleHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['fund-manager'],
    summary: 'Declare an application ineligible',
    description: 'Declares a submitted application ineligible, with the reason; the application ends there.',
  })
  declareApplicationIneligible(
    @Param() path: ApplicationPath,
    @Body() body: DeclareApplicationIneligibleRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new DeclareApplicationIneligibleCommand(path, body, context));
  }
}
