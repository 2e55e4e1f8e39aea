import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { FundPath } from '../../shared/path-params';
import type { RecordPrivateContributionRequestDto } from './record-private-contribution.request.dto';

/** Records private money paid into a pooled fund. */
export class RecordPrivateContributionCommand extends FundUseCaseCommand<
  FundPath,
  RecordPrivateContributionRequestDto
> {}
