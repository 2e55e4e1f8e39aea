import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { OpenFund } from '@fund-ledger/domain';
import { FundCommands, idOrCommandId } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { toFundSettingsInput } from '../../shared/fund-settings.dto';
import { OpenFundCommand } from './open-fund.command';

@CommandHandler(OpenFundCommand)
export class OpenFundHandler implements ICommandHandler<OpenFundCommand, FundCommandResponse> {
  constructor(private readonly funds: FundCommands) {}

  execute({ body, context }: OpenFundCommand): Promise<FundCommandResponse> {
    const fundId = idOrCommandId(body.fundId, context);
    const command: OpenFund = {
      type: 'OpenFund',
      commandId: context.commandId,
      issuedAt: context.recordedAt,
      fundId,
      name: body.name,
      area: body.area,
      settings: toFundSettingsInput(body.settings),
    };
    return this.funds.run(command, fundId, context);
  }
}
