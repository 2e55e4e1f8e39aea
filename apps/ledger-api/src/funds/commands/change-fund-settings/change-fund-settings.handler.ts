import { correctionOf } from '../../shared/business-date.dto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ChangeFundSettings } from '@fund-ledger/domain';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { toFundSettingsInput } from '../../shared/fund-settings.dto';
import { ChangeFundSettingsCommand } from './change-fund-settings.command';

@CommandHandler(ChangeFundSettingsCommand)
export class ChangeFundSettingsHandler implements ICommandHandler<
  ChangeFundSettingsCommand,
  FundCommandResponse
> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: ChangeFundSettingsCommand): Promise<FundCommandResponse> {
    const command: ChangeFundSettings = {
      type: 'ChangeFundSettings',
      ...commandBase(path, context),
      settings: toFundSettingsInput(body.settings),
      effectiveDate: body.effectiveDate,
      ...correctionOf(body),
    };
    return this.funds.run(command, path.fundId, context);
  }
}
