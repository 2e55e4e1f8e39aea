import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { ApplicationPath } from '../../shared/path-params';
import { CastVoteCommand } from './cast-vote.command';
import { CastVoteRequestDto } from './cast-vote.request.dto';

@ApiTags('Jury')
@Controller('funds/:fundId/applications/:applicationId/votes')
export class CastVoteHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['jury-member'],
    summary: 'Cast a vote',
    description:
      'A jury member votes yes, no or abstain on the open decision about the application, once (JURY.ALREADY_VOTED). Only as the member named in the token (403 otherwise); refused for non-members (JURY.NOT_A_MEMBER) and recused members (JURY.MEMBER_RECUSED).',
  })
  castVote(
    @Param() path: ApplicationPath,
    @Body() body: CastVoteRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new CastVoteCommand(path, body, context));
  }
}
