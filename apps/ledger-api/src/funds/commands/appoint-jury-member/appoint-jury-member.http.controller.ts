import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { FundPath } from '../../shared/path-params';
import { AppointJuryMemberCommand } from './appoint-jury-member.command';
import { AppointJuryMemberRequestDto } from './appoint-jury-member.request.dto';

@ApiTags('Jury')
@Controller('funds/:fundId/jury/members')
export class AppointJuryMemberHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['fund-manager'],
    summary: 'Appoint a jury member',
    description:
      "Appoints a member of the jury (lokales Gremium), sitting for private actors, the administration or politics. The member id is the one a jury member's token must carry to vote.",
  })
  appointJuryMember(
    @Param() path: FundPath,
    @Body() body: AppointJuryMemberRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new AppointJuryMemberCommand(path, body, context));
  }
}
