import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { ApplicationPath } from '../../shared/path-params';
import type { CloseVoteRequestDto } from './close-vote.request.dto';

/** Closes the vote on an application, recording the tally and the outcome. */
export class CloseVoteCommand extends FundUseCaseCommand<ApplicationPath, CloseVoteRequestDto> {}
