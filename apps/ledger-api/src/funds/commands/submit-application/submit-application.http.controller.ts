import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { FundPath } from '../../shared/path-params';
import { SubmitApplicationCommand } from './submit-application.command';
import { SubmitApplicationRequestDto } from './submit-application.request.dto';

@ApiTags('Applications')
@Controller('funds/:fundId/applications')
export class SubmitApplicationHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['fund-manager'],
    summary: 'Submit an application',
    description:
      'Records an application (Projektantrag) with applicant, measure, eligible costs, own contribution and requested grant. Refused when the request exceeds the costs (APPLICATION.REQUEST_EXCEEDS_COSTS) or the id exists (APPLICATION.DUPLICATE_ID).',
  })
  submitApplication(
    @Param() path: FundPath,
    @Body() body: SubmitApplicationRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new SubmitApplicationCommand(path, body, context));
  }
}
