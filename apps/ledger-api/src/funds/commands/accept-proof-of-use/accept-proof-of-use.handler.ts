import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AcceptProofOfUse } from '@fund-ledger/domain';
import { personOf } from '../../../auth';
import { commandBase, FundCommands } from '../../shared/fund-commands';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { AcceptProofOfUseCommand } from './accept-proof-of-use.command';

@CommandHandler(AcceptProofOfUseCommand)
export class AcceptProofOfUseHandler implements ICommandHandler<
  AcceptProofOfUseCommand,
  FundCommandResponse
> {
  constructor(private readonly funds: FundCommands) {}

  execute({ path, body, context }: AcceptProofOfUseCommand): Promise<FundCommandResponse> {
    const command: AcceptProofOfUse = {
      type: 'AcceptProofOfUse',
      ...commandBase(path, context),
      grantId: path.grantId,
      certifier: personOf(context.actor),
      provenEligibleCosts: body.provenEligibleCosts,
    };
    return this.funds.run(command, path.grantId, context);
  }
}
