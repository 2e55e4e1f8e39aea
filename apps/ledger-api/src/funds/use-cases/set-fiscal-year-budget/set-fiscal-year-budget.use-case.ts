import type { SetFiscalYearBudget } from '@fund-ledger/domain';
import { commandBase } from '../../use-case-runner/fund-commands';
import { fiscalYearOf, FiscalYearPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { SetFiscalYearBudgetRequestDto } from './set-fiscal-year-budget.request.dto';

/** Sets (or changes) the public money the fund may receive in a fiscal year. */
export const setFiscalYearBudget = fundUseCase({
  name: 'set-fiscal-year-budget',
  route: 'funds/:fundId/budgets/:year',
  tag: 'Fiscal years',
  roles: ['treasurer'],
  summary: "Set a fiscal year's public budget",
  description:
    'Sets the public budget of a fiscal year (the most public money the fund may receive for it). Refused for a closed year (FISCAL_YEAR.CLOSED) or below what was already received (FISCAL_YEAR.BUDGET_BELOW_RECEIVED).',
  pathParams: FiscalYearPath,
  requestBody: SetFiscalYearBudgetRequestDto,
  toCommand(path, body, context) {
    const command: SetFiscalYearBudget = {
      type: 'SetFiscalYearBudget',
      ...commandBase(path, context),
      fiscalYear: fiscalYearOf(path),
      publicBudget: body.publicBudget,
    };
    return { command, resourceId: path.year };
  },
});
