import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { ApplicationPath } from '../../shared/path-params';
import { DeferApplicationCommand } from './defer-application.command';
import { DeferApplicationRequestDto } from './defer-application.request.dto';

@ApiTags('Jury')
@Controller('funds/:fundId/applications/:applicationId/deferral')
export class DeferApplicationHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['fund-manager'],
    summary: 'Defer an application',
    description: 'Defers the open decision about the application; it can be put on a later agenda.',
  })
  deferApplication(
    @Param() path: ApplicationPath,
    @Body() body: DeferApplicationRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new DeferApplicationCommand(path, body, context));
  }
}
