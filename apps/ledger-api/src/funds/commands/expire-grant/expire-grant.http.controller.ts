import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { GrantPath } from '../../shared/path-params';
import { ExpireGrantCommand } from './expire-grant.command';
import { ExpireGrantRequestDto } from './expire-grant.request.dto';

@ApiTags('Grants')
@Controller('funds/:fundId/grants/:grantId/expiry')
export class ExpireGrantHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['fund-manager'],
    summary: 'Record that a grant expired',
    description:
      'Records that the project was not carried out in time; the grant expires and its unpaid commitment is released.',
  })
  expireGrant(
    @Param() path: GrantPath,
    @Body() body: ExpireGrantRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new ExpireGrantCommand(path, body, context));
  }
}
