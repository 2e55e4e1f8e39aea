import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { GrantPath } from '../../shared/path-params';
import type { RejectProofOfUseRequestDto } from './reject-proof-of-use.request.dto';

/** Rejects a submitted proof of use; the recipient may hand in a new one. */
export class RejectProofOfUseCommand extends FundUseCaseCommand<GrantPath, RejectProofOfUseRequestDto> {}
