import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { GrantPath } from '../../shared/path-params';
import type { OrderRepaymentDemandRequestDto } from './order-repayment-demand.request.dto';

/** The second pair of eyes on a repayment demand: ordered, and from then on owed. */
export class OrderRepaymentDemandCommand extends FundUseCaseCommand<
  GrantPath,
  OrderRepaymentDemandRequestDto
> {}
