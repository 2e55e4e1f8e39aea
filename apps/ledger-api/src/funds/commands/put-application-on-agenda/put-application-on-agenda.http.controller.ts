import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { ApplicationPath } from '../../shared/path-params';
import { PutApplicationOnAgendaCommand } from './put-application-on-agenda.command';
import { PutApplicationOnAgendaRequestDto } from './put-application-on-agenda.request.dto';

@ApiTags('Jury')
@Controller('funds/:fundId/applications/:applicationId/agenda')
export class PutApplicationOnAgendaHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['fund-manager'],
    summary: 'Put an application on the jury agenda',
    description:
      'Puts an eligible (or deferred) application on the agenda of a jury meeting; this opens the decision that votes are cast in. Answers with the decision id.',
  })
  putApplicationOnAgenda(
    @Param() path: ApplicationPath,
    @Body() body: PutApplicationOnAgendaRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new PutApplicationOnAgendaCommand(path, body, context));
  }
}
