import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { ApplicationPath } from '../../shared/path-params';
import type { WithdrawApplicationRequestDto } from './withdraw-application.request.dto';

/** Records that the applicant withdrew the application. */
export class WithdrawApplicationCommand extends FundUseCaseCommand<
  ApplicationPath,
  WithdrawApplicationRequestDto
> {}
