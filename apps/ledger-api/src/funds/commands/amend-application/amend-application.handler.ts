import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AmendApplication } from '@fund-ledger/domain';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { toApplicationDetails } from '../../shared/application-details.dto';
import { AmendApplicationCommand } from './amend-application.command';

@CommandHandler(AmendApplicationCommand)
export class AmendApplicationHandler implements ICommandHandler<
  AmendApplicationCommand,
  FundCommandResponse
> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: AmendApplicationCommand): Promise<FundCommandResponse> {
    const command: AmendApplication = {
      type: 'AmendApplication',
      ...commandBase(path, context),
      applicationId: path.applicationId,
      ...toApplicationDetails(body),
    };
    return this.funds.run(command, path.applicationId, context);
  }
}
