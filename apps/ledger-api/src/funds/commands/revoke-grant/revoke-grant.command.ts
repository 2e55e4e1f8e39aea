import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { GrantPath } from '../../shared/path-params';
import type { RevokeGrantRequestDto } from './revoke-grant.request.dto';

/** Revokes a grant for misuse or false information and demands repayment with interest. */
export class RevokeGrantCommand extends FundUseCaseCommand<GrantPath, RevokeGrantRequestDto> {}
