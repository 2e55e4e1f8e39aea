import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { ApplicationPath } from '../../shared/path-params';
import { DeclareConflictOfInterestCommand } from './declare-conflict-of-interest.command';
import { DeclareConflictOfInterestRequestDto } from './declare-conflict-of-interest.request.dto';

@ApiTags('Jury')
@Controller('funds/:fundId/applications/:applicationId/conflicts')
export class DeclareConflictOfInterestHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['jury-member'],
    summary: 'Declare a conflict of interest',
    description:
      'A jury member declares a conflict of interest (Befangenheit) for an application: they are recused, do not vote and do not count for the quorum. Only as the member named in the token; naming another member is refused with 403.',
  })
  declareConflictOfInterest(
    @Param() path: ApplicationPath,
    @Body() body: DeclareConflictOfInterestRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new DeclareConflictOfInterestCommand(path, body, context));
  }
}
