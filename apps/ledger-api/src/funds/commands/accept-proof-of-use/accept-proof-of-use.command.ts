import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { GrantPath } from '../../shared/path-params';
import type { AcceptProofOfUseRequestDto } from './accept-proof-of-use.request.dto';

/** Accepts a proof of use with the proven eligible costs; the grant is recalculated from them. */
export class AcceptProofOfUseCommand extends FundUseCaseCommand<GrantPath, AcceptProofOfUseRequestDto> {}
