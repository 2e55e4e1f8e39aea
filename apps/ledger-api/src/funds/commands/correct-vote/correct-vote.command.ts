import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { ApplicationPath } from '../../shared/path-params';
import type { CorrectVoteRequestDto } from './correct-vote.request.dto';

/** A jury member corrects their own vote on an open decision, recorded as a new event. */
export class CorrectVoteCommand extends FundUseCaseCommand<ApplicationPath, CorrectVoteRequestDto> {}
