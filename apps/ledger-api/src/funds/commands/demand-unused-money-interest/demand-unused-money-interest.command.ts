import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { GrantPath } from '../../shared/path-params';
import type { DemandUnusedMoneyInterestRequestDto } from './demand-unused-money-interest.request.dto';

/** Demands interest on an advance or payout whose money lay unused beyond the fund's grace. */
export class DemandUnusedMoneyInterestCommand extends FundUseCaseCommand<
  GrantPath,
  DemandUnusedMoneyInterestRequestDto
> {}
