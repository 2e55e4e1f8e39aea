import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { GrantPath } from '../../shared/path-params';
import { MakePayoutCommand } from './make-payout.command';
import { MakePayoutRequestDto } from './make-payout.request.dto';

@ApiTags('Grants')
@Controller('funds/:fundId/grants/:grantId/payouts')
export class MakePayoutHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['treasurer'],
    summary: 'Make a payout',
    description:
      'Pays grant money to the recipient (reimbursement after the accepted proof of use). Never more than the grant still unpaid (PAYOUT.EXCEEDS_GRANT); a payout id is paid once (PAYOUT.DUPLICATE_ID); without an accepted proof refused with PAYOUT.PROOF_REQUIRED.',
  })
  makePayout(
    @Param() path: GrantPath,
    @Body() body: MakePayoutRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new MakePayoutCommand(path, body, context));
  }
}
