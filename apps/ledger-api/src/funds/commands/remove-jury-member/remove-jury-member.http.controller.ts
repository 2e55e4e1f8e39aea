import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { JuryMemberPath } from '../../shared/path-params';
import { RemoveJuryMemberCommand } from './remove-jury-member.command';
import { RemoveJuryMemberRequestDto } from './remove-jury-member.request.dto';

@ApiTags('Jury')
@Controller('funds/:fundId/jury/members/:memberId/departure')
export class RemoveJuryMemberHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['fund-manager'],
    summary: 'Record that a jury member leaves',
    description: 'Records that a member leaves the jury; they no longer count for quorums and cannot vote.',
  })
  removeJuryMember(
    @Param() path: JuryMemberPath,
    @Body() body: RemoveJuryMemberRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new RemoveJuryMemberCommand(path, body, context));
  }
}
