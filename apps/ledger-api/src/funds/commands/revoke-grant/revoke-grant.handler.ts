import { correctionOf } from '../../shared/business-date.dto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RevokeGrant } from '@fund-ledger/domain';
import { personOf } from '../../../auth';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { RevokeGrantCommand } from './revoke-grant.command';

@CommandHandler(RevokeGrantCommand)
export class RevokeGrantHandler implements ICommandHandler<RevokeGrantCommand, FundCommandResponse> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: RevokeGrantCommand): Promise<FundCommandResponse> {
    const command: RevokeGrant = {
      type: 'RevokeGrant',
      ...commandBase(path, context),
      grantId: path.grantId,
      certifier: personOf(context.actor),
      reason: body.reason,
      repaymentPrincipal: body.repaymentPrincipal,
      fixedInterestRatePercentPerYear: body.fixedInterestRatePercentPerYear,
      voidFrom: body.voidFrom,
      noticeDate: body.noticeDate,
      ...correctionOf(body),
    };
    return this.funds.run(command, path.grantId, context);
  }
}
