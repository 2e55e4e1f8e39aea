import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../../command-path';
import { FundCommandRoute } from '../../shared/fund-command-route.decorator';
import type { FundCommandResponse } from '../../shared/fund-command.response';
import { FundPath } from '../../shared/path-params';
import { ExportPaymentOrdersCommand } from './export-payment-orders.command';
import { ExportPaymentOrdersRequestDto } from './export-payment-orders.request.dto';

@ApiTags('Payments')
@Controller('funds/:fundId/payment-exports')
export class ExportPaymentOrdersHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @FundCommandRoute({
    roles: ['treasurer'],
    summary: 'Export the ordered payments',
    description:
      'Hands every ordered payment not yet exported (at most 1000) to the city’s finance system and books it as paid with both people and both dates. Each payment is exported exactly once; with none waiting the export is refused (PAYMENT.NOTHING_TO_EXPORT). Its files: GET /funds/{fundId}/payment-exports/{exportId}/files/pain.001 and …/csv.',
  })
  export(
    @Param() path: FundPath,
    @Body() body: ExportPaymentOrdersRequestDto,
    @CommandContext() context: CommandContext,
  ): Promise<FundCommandResponse> {
    return this.commandBus.execute(new ExportPaymentOrdersCommand(path, body, context));
  }
}
