import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { GrantPath } from '../../shared/path-params';
import type { RecordRepaymentRequestDto } from './record-repayment.request.dto';

/** Records money a recipient repaid on a revoked grant. */
export class RecordRepaymentCommand extends FundUseCaseCommand<GrantPath, RecordRepaymentRequestDto> {}
