import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { ApplicationPath } from '../../shared/path-params';
import { AmendApplicationCommand } from './amend-application.command';
import { AmendApplicationRequestDto } from './amend-application.request.dto';

@ApiTags('Applications')
@Controller('funds/:fundId/applications/:applicationId/amendments')
export class AmendApplicationHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['fund-manager'],
    summary: 'Amend an application',
    description:
      'Replaces the complete cost and financing plan of a submitted or incomplete application; the application is submitted again.',
  })
  amendApplication(
    @Param() path: ApplicationPath,
    @Body() body: AmendApplicationRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new AmendApplicationCommand(path, body, context));
  }
}
