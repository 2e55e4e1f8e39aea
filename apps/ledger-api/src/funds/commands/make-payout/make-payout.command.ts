import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { GrantPath } from '../../shared/path-params';
import type { MakePayoutRequestDto } from './make-payout.request.dto';

/** Pays grant money to the recipient after the proof of use was accepted. */
export class MakePayoutCommand extends FundUseCaseCommand<GrantPath, MakePayoutRequestDto> {}
