import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { FundPath } from '../../shared/path-params';
import type { ExportPaymentOrdersRequestDto } from './export-payment-orders.request.dto';

/** Hands every ordered payment not yet exported to the city's finance system, once. */
export class ExportPaymentOrdersCommand extends FundUseCaseCommand<FundPath, ExportPaymentOrdersRequestDto> {}
