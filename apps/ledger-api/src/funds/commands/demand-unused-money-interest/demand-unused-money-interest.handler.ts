import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DemandUnusedMoneyInterest } from '@fund-ledger/domain';
import { personOf } from '../../../auth';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { DemandUnusedMoneyInterestCommand } from './demand-unused-money-interest.command';

@CommandHandler(DemandUnusedMoneyInterestCommand)
export class DemandUnusedMoneyInterestHandler implements ICommandHandler<
  DemandUnusedMoneyInterestCommand,
  FundCommandResponse
> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: DemandUnusedMoneyInterestCommand): Promise<FundCommandResponse> {
    const command: DemandUnusedMoneyInterest = {
      type: 'DemandUnusedMoneyInterest',
      ...commandBase(path, context),
      grantId: path.grantId,
      payoutId: body.payoutId,
      unusedAmount: body.unusedAmount,
      usedOn: body.usedOn,
      fixedInterestRatePercentPerYear: body.fixedInterestRatePercentPerYear,
      noticeDate: body.noticeDate,
      certifier: personOf(context.actor),
    };
    return this.funds.run(command, path.grantId, context);
  }
}
