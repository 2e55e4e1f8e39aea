import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { ApplicationPath } from '../../shared/path-params';
import { WithdrawApplicationCommand } from './withdraw-application.command';
import { WithdrawApplicationRequestDto } from './withdraw-application.request.dto';

@ApiTags('Applications')
@Controller('funds/:fundId/applications/:applicationId/withdrawal')
export class WithdrawApplicationHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['fund-manager'],
    summary: 'Withdraw an application',
    description:
      'Records that the applicant withdrew the application; a granted application can be withdrawn only before any payment (APPLICATION.ALREADY_PAID), and its commitment is released.',
  })
  withdrawApplication(
    @Param() path: ApplicationPath,
    @Body() body: WithdrawApplicationRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new WithdrawApplicationCommand(path, body, context));
  }
}
