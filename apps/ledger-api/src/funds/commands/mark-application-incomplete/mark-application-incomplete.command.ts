import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { ApplicationPath } from '../../shared/path-params';
import type { MarkApplicationIncompleteRequestDto } from './mark-application-incomplete.request.dto';

/** Sends a submitted application back to the applicant for what is missing. */
export class MarkApplicationIncompleteCommand extends FundUseCaseCommand<
  ApplicationPath,
  MarkApplicationIncompleteRequestDto
> {}
