import { Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { EmptyBody } from '../../shared/empty-body.decorator';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { GrantPath } from '../../shared/path-params';
import { CloseGrantCommand } from './close-grant.command';

@ApiTags('Grants')
@Controller('funds/:fundId/grants/:grantId/closing')
export class CloseGrantHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['fund-manager'],
    summary: 'Close a grant',
    description: 'Closes the grant; money committed and not paid goes back to the money available. No body.',
  })
  closeGrant(
    @Param() path: GrantPath,
    @EmptyBody() body: undefined,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new CloseGrantCommand(path, body, context));
  }
}
