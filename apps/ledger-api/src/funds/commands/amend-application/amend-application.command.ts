import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { ApplicationPath } from '../../shared/path-params';
import type { AmendApplicationRequestDto } from './amend-application.request.dto';

/** Replaces an application's cost and financing plan and submits it again. */
export class AmendApplicationCommand extends FundUseCaseCommand<
  ApplicationPath,
  AmendApplicationRequestDto
> {}
