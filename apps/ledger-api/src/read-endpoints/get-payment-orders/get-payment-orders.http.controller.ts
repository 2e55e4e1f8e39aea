import { Controller, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { FundPath } from '../../funds/request-fields/path-params';
import { LEDGER_READERS } from '../read-route/read-model-roles';
import { AsOfQuery, cutOf } from '../read-model-access/read-model-query.dto';
import { ReadModelRoute } from '../read-route/read-model-route.decorator';
import { GetPaymentOrdersQuery } from './get-payment-orders.query';
import { PaymentOrdersResponse } from './payment-orders.response.dto';

@ApiTags('Payments')
@Controller('funds/:fundId')
export class GetPaymentOrdersHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @ReadModelRoute({
    path: 'payment-orders',
    roles: LEDGER_READERS,
    summary: 'Payments waiting for their order or export, and the exports made',
    description:
      'Certified payments waiting for the order (another person than the certifier orders them) and ordered payments waiting for the export, with their payees (personal data), and every export. The treasury and the fund office work through this list.',
    response: PaymentOrdersResponse,
  })
  paymentOrders(@Param() path: FundPath, @Query() query: AsOfQuery): Promise<PaymentOrdersResponse> {
    return this.queryBus.execute(new GetPaymentOrdersQuery(path.fundId, cutOf(query)));
  }
}
