import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { FundPath } from '../../shared/path-params';
import type { RecordPublicContributionRequestDto } from './record-public-contribution.request.dto';

/** Records public money received and splits it among the public funders. */
export class RecordPublicContributionCommand extends FundUseCaseCommand<
  FundPath,
  RecordPublicContributionRequestDto
> {}
