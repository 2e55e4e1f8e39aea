import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SubmitApplication } from '@fund-ledger/domain';
import { commandBase, FundCommands, idOrCommandId } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { toApplicationDetails } from '../../shared/application-details.dto';
import { SubmitApplicationCommand } from './submit-application.command';

@CommandHandler(SubmitApplicationCommand)
export class SubmitApplicationHandler implements ICommandHandler<
  SubmitApplicationCommand,
  FundCommandResponse
> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: SubmitApplicationCommand): Promise<FundCommandResponse> {
    const applicationId = idOrCommandId(body.applicationId, context);
    const command: SubmitApplication = {
      type: 'SubmitApplication',
      ...commandBase(path, context),
      applicationId,
      ...toApplicationDetails(body),
    };
    return this.funds.run(command, applicationId, context);
  }
}
