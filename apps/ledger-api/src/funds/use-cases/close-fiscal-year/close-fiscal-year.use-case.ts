import type { CloseFiscalYear } from '@fund-ledger/domain';
import { commandBase } from '../../use-case-runner/fund-commands';
import { fiscalYearOf, FiscalYearPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';

/** Closes a fiscal year after it has ended, sealing its figures. */
export const closeFiscalYear = fundUseCase({
  name: 'close-fiscal-year',
  route: 'funds/:fundId/fiscal-years/:year/closing',
  tag: 'Fiscal years',
  roles: ['treasurer'],
  summary: 'Close a fiscal year',
  description:
    'Seals the figures of a fiscal year that has ended; uncommitted public money carries over or lapses as the fund settings say. No body. Refused before the year has ended (FISCAL_YEAR.NOT_ENDED), without a budget (FISCAL_YEAR.NO_BUDGET) or when already closed (FISCAL_YEAR.CLOSED).',
  pathParams: FiscalYearPath,
  toCommand(path, _body, context) {
    const command: CloseFiscalYear = {
      type: 'CloseFiscalYear',
      ...commandBase(path, context),
      fiscalYear: fiscalYearOf(path),
    };
    return { command, resourceId: path.year };
  },
});
