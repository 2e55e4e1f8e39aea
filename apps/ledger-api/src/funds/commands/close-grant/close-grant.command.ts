import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { GrantPath } from '../../shared/path-params';

/** Closes a grant, releasing whatever was committed and not paid. */
export class CloseGrantCommand extends FundUseCaseCommand<GrantPath, undefined> {}
