import { correctionOf } from '../../request-fields/business-date.dto';
import type { IssueGrantNotice } from '@fund-ledger/domain';
import { commandBase, idOrCommandId } from '../../use-case-runner/fund-commands';
import { FundPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { IssueGrantNoticeRequestDto } from './issue-grant-notice.request.dto';

/** Issues the grant notice for an approved application, committing the fund's money. */
export const issueGrantNotice = fundUseCase({
  name: 'issue-grant-notice',
  route: 'funds/:fundId/grants',
  tag: 'Grants',
  roles: ['fund-manager'],
  summary: 'Issue a grant notice',
  description:
    'Issues the grant notice (Zuwendungsbescheid) for an approved application: commits the money, split into public and private parts and the public part among the funders. Refused above the approval (GRANT.EXCEEDS_APPROVAL), above the per-project cap (GRANT.EXCEEDS_PROJECT_CAP), beyond the public share (FUND.PUBLIC_SHARE_EXCEEDED) or the money available (FUND.INSUFFICIENT_FUNDS).',
  pathParams: FundPath,
  requestBody: IssueGrantNoticeRequestDto,
  toCommand(path, body, context) {
    const grantId = idOrCommandId(body.grantId, context);
    const command: IssueGrantNotice = {
      type: 'IssueGrantNotice',
      ...commandBase(path, context),
      grantId,
      applicationId: body.applicationId,
      amount: body.amount,
      noticeDate: body.noticeDate,
      ...correctionOf(body),
    };
    return { command, resourceId: grantId };
  },
});
