import { correctionOf } from '../../shared/business-date.dto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RecordPrivateContribution } from '@fund-ledger/domain';
import { commandBase, FundCommands, idOrCommandId } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { RecordPrivateContributionCommand } from './record-private-contribution.command';

@CommandHandler(RecordPrivateContributionCommand)
export class RecordPrivateContributionHandler implements ICommandHandler<
  RecordPrivateContributionCommand,
  FundCommandResponse
> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: RecordPrivateContributionCommand): Promise<FundCommandResponse> {
    const contributionId = idOrCommandId(body.contributionId, context);
    const command: RecordPrivateContribution = {
      type: 'RecordPrivateContribution',
      ...commandBase(path, context),
      contributionId,
      contributor: { name: body.contributor.name, kind: body.contributor.kind },
      amount: body.amount,
      valueDate: body.valueDate,
      ...correctionOf(body),
      reference: body.reference,
    };
    return this.funds.run(command, contributionId, context);
  }
}
