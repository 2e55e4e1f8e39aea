import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { PutApplicationOnAgenda } from '@fund-ledger/domain';
import { commandBase, FundCommands, idOrCommandId } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { PutApplicationOnAgendaCommand } from './put-application-on-agenda.command';

@CommandHandler(PutApplicationOnAgendaCommand)
export class PutApplicationOnAgendaHandler implements ICommandHandler<
  PutApplicationOnAgendaCommand,
  FundCommandResponse
> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: PutApplicationOnAgendaCommand): Promise<FundCommandResponse> {
    const decisionId = idOrCommandId(body.decisionId, context);
    const command: PutApplicationOnAgenda = {
      type: 'PutApplicationOnAgenda',
      ...commandBase(path, context),
      applicationId: path.applicationId,
      decisionId,
      meetingId: body.meetingId,
      meetingDate: body.meetingDate,
    };
    return this.funds.run(command, decisionId, context);
  }
}
