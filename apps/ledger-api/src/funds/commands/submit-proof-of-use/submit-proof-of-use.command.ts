import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { GrantPath } from '../../shared/path-params';
import type { SubmitProofOfUseRequestDto } from './submit-proof-of-use.request.dto';

/** Records the recipient's proof of use (Verwendungsnachweis) for a grant. */
export class SubmitProofOfUseCommand extends FundUseCaseCommand<GrantPath, SubmitProofOfUseRequestDto> {}
