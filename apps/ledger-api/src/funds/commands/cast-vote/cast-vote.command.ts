import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { ApplicationPath } from '../../shared/path-params';
import type { CastVoteRequestDto } from './cast-vote.request.dto';

/** A jury member votes on the open decision about an application. */
export class CastVoteCommand extends FundUseCaseCommand<ApplicationPath, CastVoteRequestDto> {}
