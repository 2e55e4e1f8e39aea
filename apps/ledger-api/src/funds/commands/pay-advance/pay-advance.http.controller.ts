import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { GrantPath } from '../../shared/path-params';
import { PayAdvanceCommand } from './pay-advance.command';
import { PayAdvanceRequestDto } from './pay-advance.request.dto';

@ApiTags('Grants')
@Controller('funds/:fundId/grants/:grantId/advances')
export class PayAdvanceHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['treasurer'],
    summary: 'Pay an advance',
    description:
      'Pays part of a grant before the proof of use; the proof later accounts for it. Never more than the grant (PAYOUT.EXCEEDS_GRANT); a payout id is paid once (PAYOUT.DUPLICATE_ID).',
  })
  payAdvance(
    @Param() path: GrantPath,
    @Body() body: PayAdvanceRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new PayAdvanceCommand(path, body, context));
  }
}
