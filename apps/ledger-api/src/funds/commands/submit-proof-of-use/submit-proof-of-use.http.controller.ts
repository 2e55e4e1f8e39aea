import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { GrantPath } from '../../shared/path-params';
import { SubmitProofOfUseCommand } from './submit-proof-of-use.command';
import { SubmitProofOfUseRequestDto } from './submit-proof-of-use.request.dto';

@ApiTags('Grants')
@Controller('funds/:fundId/grants/:grantId/proofs-of-use')
export class SubmitProofOfUseHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['fund-manager'],
    summary: 'Record a proof of use',
    description:
      'Records the proof of use (Verwendungsnachweis) the recipient handed in, with the costs it reports.',
  })
  submitProofOfUse(
    @Param() path: GrantPath,
    @Body() body: SubmitProofOfUseRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new SubmitProofOfUseCommand(path, body, context));
  }
}
