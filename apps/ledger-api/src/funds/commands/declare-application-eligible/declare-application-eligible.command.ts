import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { ApplicationPath } from '../../shared/path-params';

/** Declares a submitted application eligible, so it can go on the jury agenda. */
export class DeclareApplicationEligibleCommand extends FundUseCaseCommand<ApplicationPath, undefined> {}
