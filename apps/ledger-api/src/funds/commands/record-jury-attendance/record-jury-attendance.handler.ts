import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RecordJuryAttendance } from '@fund-ledger/domain';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { RecordJuryAttendanceCommand } from './record-jury-attendance.command';

@CommandHandler(RecordJuryAttendanceCommand)
export class RecordJuryAttendanceHandler implements ICommandHandler<
  RecordJuryAttendanceCommand,
  FundCommandResponse
> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: RecordJuryAttendanceCommand): Promise<FundCommandResponse> {
    const command: RecordJuryAttendance = {
      type: 'RecordJuryAttendance',
      ...commandBase(path, context),
      applicationId: path.applicationId,
      presentMemberIds: [...body.presentMemberIds],
    };
    return this.funds.run(command, path.applicationId, context);
  }
}
