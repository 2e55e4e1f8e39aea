import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { GrantPath } from '../../shared/path-params';
import { RevokeGrantCommand } from './revoke-grant.command';
import { RevokeGrantRequestDto } from './revoke-grant.request.dto';

@ApiTags('Grants')
@Controller('funds/:fundId/grants/:grantId/revocation')
export class RevokeGrantHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['fund-manager'],
    summary: 'Revoke a grant',
    description:
      'Revokes the grant (Widerruf) for misuse or false information: the unpaid commitment is released and the repayment principal, with interest for the given days at the given yearly rate, is demanded back (REPAYMENT.EXCEEDS_PAID when more than was paid). Where the fund keeps four eyes, the demand is only certified by the person of the token until another person orders it (POST …/repayment-demand/order).',
  })
  revokeGrant(
    @Param() path: GrantPath,
    @Body() body: RevokeGrantRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new RevokeGrantCommand(path, body, context));
  }
}
