import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { FundPath } from '../../shared/path-params';
import type { SubmitApplicationRequestDto } from './submit-application.request.dto';

/** Records a project application with its cost and financing plan. */
export class SubmitApplicationCommand extends FundUseCaseCommand<FundPath, SubmitApplicationRequestDto> {}
