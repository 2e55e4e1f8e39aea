import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { ApplicationPath } from '../../shared/path-params';
import type { DeferApplicationRequestDto } from './defer-application.request.dto';

/** Defers the open decision about an application to a later meeting. */
export class DeferApplicationCommand extends FundUseCaseCommand<
  ApplicationPath,
  DeferApplicationRequestDto
> {}
