import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { GrantPath } from '../../shared/path-params';
import { AcceptProofOfUseCommand } from './accept-proof-of-use.command';
import { AcceptProofOfUseRequestDto } from './accept-proof-of-use.request.dto';

@ApiTags('Grants')
@Controller('funds/:fundId/grants/:grantId/proof-acceptance')
export class AcceptProofOfUseHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['fund-manager'],
    summary: 'Accept a proof of use',
    description:
      'Accepts the submitted proof of use with the eligible costs it proves; the grant is recalculated so that public money stays within its share of the proven costs, and any reduction is released.',
  })
  acceptProofOfUse(
    @Param() path: GrantPath,
    @Body() body: AcceptProofOfUseRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new AcceptProofOfUseCommand(path, body, context));
  }
}
