import { Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { EmptyBody } from '../../shared/empty-body.decorator';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { ApplicationPath } from '../../shared/path-params';
import { DeclareApplicationEligibleCommand } from './declare-application-eligible.command';

@ApiTags('Applications')
@Controller('funds/:fundId/applications/:applicationId/eligibility')
export class DeclareApplicationEligibleHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['fund-manager'],
    summary: 'Declare an application eligible',
    description:
      'Declares a submitted application eligible for the fund; it can then be put on the jury agenda. No body.',
  })
  declareApplicationEligible(
    @Param() path: ApplicationPath,
    @EmptyBody() body: undefined,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new DeclareApplicationEligibleCommand(path, body, context));
  }
}
