import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RemoveJuryMember } from '@fund-ledger/domain';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { RemoveJuryMemberCommand } from './remove-jury-member.command';

@CommandHandler(RemoveJuryMemberCommand)
export class RemoveJuryMemberHandler implements ICommandHandler<
  RemoveJuryMemberCommand,
  FundCommandResponse
> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: RemoveJuryMemberCommand): Promise<FundCommandResponse> {
    const command: RemoveJuryMember = {
      type: 'RemoveJuryMember',
      ...commandBase(path, context),
      memberId: path.memberId,
      reason: body.reason,
    };
    return this.funds.run(command, path.memberId, context);
  }
}
