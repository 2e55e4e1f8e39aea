import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AppointJuryMember } from '@fund-ledger/domain';
import { commandBase, FundCommands, idOrCommandId } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { AppointJuryMemberCommand } from './appoint-jury-member.command';

@CommandHandler(AppointJuryMemberCommand)
export class AppointJuryMemberHandler implements ICommandHandler<
  AppointJuryMemberCommand,
  FundCommandResponse
> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: AppointJuryMemberCommand): Promise<FundCommandResponse> {
    const memberId = idOrCommandId(body.memberId, context);
    const command: AppointJuryMember = {
      type: 'AppointJuryMember',
      ...commandBase(path, context),
      memberId,
      name: body.name,
      group: body.group,
    };
    return this.funds.run(command, memberId, context);
  }
}
