import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { GrantPath } from '../../shared/path-params';
import { RejectProofOfUseCommand } from './reject-proof-of-use.command';
import { RejectProofOfUseRequestDto } from './reject-proof-of-use.request.dto';

@ApiTags('Grants')
@Controller('funds/:fundId/grants/:grantId/proof-rejection')
export class RejectProofOfUseHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['fund-manager'],
    summary: 'Reject a proof of use',
    description: 'Rejects the submitted proof of use with the reason; the recipient may submit a new one.',
  })
  rejectProofOfUse(
    @Param() path: GrantPath,
    @Body() body: RejectProofOfUseRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new RejectProofOfUseCommand(path, body, context));
  }
}
