import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CloseFund } from '@fund-ledger/domain';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { CloseFundCommand } from './close-fund.command';

@CommandHandler(CloseFundCommand)
export class CloseFundHandler implements ICommandHandler<CloseFundCommand, FundCommandResponse> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: CloseFundCommand): Promise<FundCommandResponse> {
    const command: CloseFund = {
      type: 'CloseFund',
      ...commandBase(path, context),
      reason: body.reason,
    };
    return this.funds.run(command, path.fundId, context);
  }
}
