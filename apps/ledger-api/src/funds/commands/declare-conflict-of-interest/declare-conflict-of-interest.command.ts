import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { ApplicationPath } from '../../shared/path-params';
import type { DeclareConflictOfInterestRequestDto } from './declare-conflict-of-interest.request.dto';

/** A jury member declares a conflict of interest for an application and is recused from its decisions. */
export class DeclareConflictOfInterestCommand extends FundUseCaseCommand<
  ApplicationPath,
  DeclareConflictOfInterestRequestDto
> {}
