import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { FiscalYearPath } from '../../shared/path-params';
import type { SetFiscalYearBudgetRequestDto } from './set-fiscal-year-budget.request.dto';

/** Sets (or changes) the public money the fund may receive in a fiscal year. */
export class SetFiscalYearBudgetCommand extends FundUseCaseCommand<
  FiscalYearPath,
  SetFiscalYearBudgetRequestDto
> {}
