import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { ApplicationPath } from '../../shared/path-params';
import { CorrectVoteCommand } from './correct-vote.command';
import { CorrectVoteRequestDto } from './correct-vote.request.dto';

@ApiTags('Jury')
@Controller('funds/:fundId/applications/:applicationId/vote-corrections')
export class CorrectVoteHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['jury-member'],
    summary: 'Correct a vote',
    description:
      'A jury member corrects the vote they cast on the still open decision; votes are never edited, the correction is recorded as its own event with the reason. Only as the member named in the token (403 otherwise).',
  })
  correctVote(
    @Param() path: ApplicationPath,
    @Body() body: CorrectVoteRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new CorrectVoteCommand(path, body, context));
  }
}
