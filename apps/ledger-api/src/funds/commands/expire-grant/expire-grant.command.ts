import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { GrantPath } from '../../shared/path-params';
import type { ExpireGrantRequestDto } from './expire-grant.request.dto';

/** Records that a project was not carried out in time; the grant expires and its commitment is released. */
export class ExpireGrantCommand extends FundUseCaseCommand<GrantPath, ExpireGrantRequestDto> {}
