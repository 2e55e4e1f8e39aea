import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { FundPath } from '../../shared/path-params';
import { RecordJuryMeetingCommand } from './record-jury-meeting.command';
import { RecordJuryMeetingRequestDto } from './record-jury-meeting.request.dto';

@ApiTags('Jury')
@Controller('funds/:fundId/jury/meetings')
export class RecordJuryMeetingHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['fund-manager'],
    summary: 'Record the minutes of a jury meeting',
    description:
      'The fund’s office records a meeting once: who attended, the conflicts declared, and per agenda item each member’s vote, the tally of a show of hands, or the reason for deferring. Each item is decided by the fund’s quorum, recusal and majority rules, exactly as if the members had voted themselves; the minutes are refused as a whole when one item breaks a rule, with the field named (e.g. `items[1].showOfHands` for JURY.TALLY_CONTRADICTS_ATTENDANCE, `items[0].votes[2].memberId` for JURY.MEMBER_RECUSED). Only where the fund’s setting `juryVoting` is `minuted` (JURY.MEMBERS_VOTE_THEMSELVES otherwise).',
  })
  recordJuryMeeting(
    @Param() path: FundPath,
    @Body() body: RecordJuryMeetingRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new RecordJuryMeetingCommand(path, body, context));
  }
}
