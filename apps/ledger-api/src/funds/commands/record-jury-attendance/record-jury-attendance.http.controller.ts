import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { ApplicationPath } from '../../shared/path-params';
import { RecordJuryAttendanceCommand } from './record-jury-attendance.command';
import { RecordJuryAttendanceRequestDto } from './record-jury-attendance.request.dto';

@ApiTags('Jury')
@Controller('funds/:fundId/applications/:applicationId/attendance')
export class RecordJuryAttendanceHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['fund-manager'],
    summary: 'Record the members present for a decision',
    description:
      'Records every member present for the open decision on the application (replacing an earlier record). Members present and free of conflicts count for the quorum.',
  })
  recordJuryAttendance(
    @Param() path: ApplicationPath,
    @Body() body: RecordJuryAttendanceRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new RecordJuryAttendanceCommand(path, body, context));
  }
}
