import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { ApplicationPath } from '../../shared/path-params';
import { CloseVoteCommand } from './close-vote.command';
import { CloseVoteRequestDto } from './close-vote.request.dto';

@ApiTags('Jury')
@Controller('funds/:fundId/applications/:applicationId/vote-closing')
export class CloseVoteHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['fund-manager'],
    summary: 'Close the vote on an application',
    description:
      'Closes the open decision: records the members present, recusals, every vote and the tally, and approves the application with the amount of the motion or rejects it. Refused without a quorum (JURY.QUORUM_NOT_REACHED) or above the requested grant (APPLICATION.APPROVAL_EXCEEDS_REQUEST).',
  })
  closeVote(
    @Param() path: ApplicationPath,
    @Body() body: CloseVoteRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new CloseVoteCommand(path, body, context));
  }
}
