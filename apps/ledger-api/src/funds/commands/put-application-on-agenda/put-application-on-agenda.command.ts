import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { ApplicationPath } from '../../shared/path-params';
import type { PutApplicationOnAgendaRequestDto } from './put-application-on-agenda.request.dto';

/** Puts an eligible or deferred application on the agenda of a jury meeting, opening a decision. */
export class PutApplicationOnAgendaCommand extends FundUseCaseCommand<
  ApplicationPath,
  PutApplicationOnAgendaRequestDto
> {}
