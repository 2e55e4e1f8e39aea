import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { ApplicationPath } from '../../shared/path-params';
import type { DeclareApplicationIneligibleRequestDto } from './declare-application-ineligible.request.dto';

/** Declares a submitted application ineligible; it ends there. */
export class DeclareApplicationIneligibleCommand extends FundUseCaseCommand<
  ApplicationPath,
  DeclareApplicationIneligibleRequestDto
> {}
