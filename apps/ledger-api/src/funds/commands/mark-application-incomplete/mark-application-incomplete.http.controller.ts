import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { ApplicationPath } from '../../shared/path-params';
import { MarkApplicationIncompleteCommand } from './mark-application-incomplete.command';
import { MarkApplicationIncompleteRequestDto } from './mark-application-incomplete.request.dto';

@ApiTags('Applications')
@Controller('funds/:fundId/applications/:applicationId/incomplete')
export class MarkApplicationIncompleteHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['fund-manager'],
    summary: 'Mark an application incomplete',
    description:
      'Marks a submitted application incomplete, saying what is missing; an amendment submits it again.',
  })
  markApplicationIncomplete(
    @Param() path: ApplicationPath,
    @Body() body: MarkApplicationIncompleteRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new MarkApplicationIncompleteCommand(path, body, context));
  }
}
