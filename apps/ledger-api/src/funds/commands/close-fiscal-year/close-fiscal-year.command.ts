import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { FiscalYearPath } from '../../shared/path-params';

/** Closes a fiscal year after it has ended, sealing its figures. */
export class CloseFiscalYearCommand extends FundUseCaseCommand<FiscalYearPath, undefined> {}
