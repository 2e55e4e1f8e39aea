import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { MarkApplicationIncomplete } from '@fund-ledger/domain';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { MarkApplicationIncompleteCommand } from './mark-application-incomplete.command';

@CommandHandler(MarkApplicationIncompleteCommand)
export class MarkApplicationIncompleteHandler implements ICommandHandler<
  MarkApplicationIncompleteCommand,
  FundCommandResponse
> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: MarkApplicationIncompleteCommand): Promise<FundCommandResponse> {
    const command: MarkApplicationIncomplete = {
      type: 'MarkApplicationIncomplete',
      ...commandBase(path, context),
      applicationId: path.applicationId,
      reason: body.reason,
    };
    return this.funds.run(command, path.applicationId, context);
  }
}
