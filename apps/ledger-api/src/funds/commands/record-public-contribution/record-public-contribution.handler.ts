import { correctionOf } from '../../shared/business-date.dto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RecordPublicContribution } from '@fund-ledger/domain';
import { commandBase, FundCommands, idOrCommandId } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { RecordPublicContributionCommand } from './record-public-contribution.command';

@CommandHandler(RecordPublicContributionCommand)
export class RecordPublicContributionHandler implements ICommandHandler<
  RecordPublicContributionCommand,
  FundCommandResponse
> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: RecordPublicContributionCommand): Promise<FundCommandResponse> {
    const contributionId = idOrCommandId(body.contributionId, context);
    const command: RecordPublicContribution = {
      type: 'RecordPublicContribution',
      ...commandBase(path, context),
      contributionId,
      amount: body.amount,
      valueDate: body.valueDate,
      ...correctionOf(body),
      reference: body.reference,
    };
    return this.funds.run(command, contributionId, context);
  }
}
