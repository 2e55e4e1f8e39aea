import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { GrantPath } from '../../shared/path-params';
import type { PayAdvanceRequestDto } from './pay-advance.request.dto';

/** Pays part of a grant in advance, to be accounted for by the proof of use. */
export class PayAdvanceCommand extends FundUseCaseCommand<GrantPath, PayAdvanceRequestDto> {}
