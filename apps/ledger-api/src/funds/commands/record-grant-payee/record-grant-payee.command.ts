import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { GrantPath } from '../../shared/path-params';
import type { RecordGrantPayeeRequestDto } from './record-grant-payee.request.dto';

/** Records the account a grant's money is paid to. */
export class RecordGrantPayeeCommand extends FundUseCaseCommand<GrantPath, RecordGrantPayeeRequestDto> {}
