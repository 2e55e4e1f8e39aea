import { correctionOf } from '../../shared/business-date.dto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DeferApplication } from '@fund-ledger/domain';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { DeferApplicationCommand } from './defer-application.command';

@CommandHandler(DeferApplicationCommand)
export class DeferApplicationHandler implements ICommandHandler<
  DeferApplicationCommand,
  FundCommandResponse
> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: DeferApplicationCommand): Promise<FundCommandResponse> {
    const command: DeferApplication = {
      type: 'DeferApplication',
      ...commandBase(path, context),
      applicationId: path.applicationId,
      reason: body.reason,
      meetingDate: body.meetingDate,
      ...correctionOf(body),
    };
    return this.funds.run(command, path.applicationId, context);
  }
}
