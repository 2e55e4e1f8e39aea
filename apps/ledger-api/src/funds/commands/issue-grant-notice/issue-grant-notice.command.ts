import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { FundPath } from '../../shared/path-params';
import type { IssueGrantNoticeRequestDto } from './issue-grant-notice.request.dto';

/** Issues the grant notice for an approved application, committing the fund's money. */
export class IssueGrantNoticeCommand extends FundUseCaseCommand<FundPath, IssueGrantNoticeRequestDto> {}
