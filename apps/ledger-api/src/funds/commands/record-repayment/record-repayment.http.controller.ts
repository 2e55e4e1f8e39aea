import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { GrantPath } from '../../shared/path-params';
import { RecordRepaymentCommand } from './record-repayment.command';
import { RecordRepaymentRequestDto } from './record-repayment.request.dto';

@ApiTags('Grants')
@Controller('funds/:fundId/grants/:grantId/repayments')
export class RecordRepaymentHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['treasurer'],
    summary: 'Record a repayment',
    description:
      'Records money the recipient repaid on a demanded repayment; each euro returns to the pot it was paid from. Refused when nothing is owed (REPAYMENT.NOT_DUE) or above what is owed (REPAYMENT.EXCEEDS_OUTSTANDING).',
  })
  recordRepayment(
    @Param() path: GrantPath,
    @Body() body: RecordRepaymentRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new RecordRepaymentCommand(path, body, context));
  }
}
