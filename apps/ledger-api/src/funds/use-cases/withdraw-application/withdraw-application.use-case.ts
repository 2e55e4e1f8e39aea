import type { WithdrawApplication } from '@fund-ledger/domain';
import { commandBase } from '../../use-case-runner/fund-commands';
import { ApplicationPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { WithdrawApplicationRequestDto } from './withdraw-application.request.dto';

/** Records that the applicant withdrew the application. */
export const withdrawApplication = fundUseCase({
  name: 'withdraw-application',
  route: 'funds/:fundId/applications/:applicationId/withdrawal',
  tag: 'Applications',
  roles: ['fund-manager'],
  summary: 'Withdraw an application',
  description:
    'Records that the applicant withdrew the application; a granted application can be withdrawn only before any payment (APPLICATION.ALREADY_PAID), and its commitment is released.',
  pathParams: ApplicationPath,
  requestBody: WithdrawApplicationRequestDto,
  toCommand(path, body, context) {
    const command: WithdrawApplication = {
      type: 'WithdrawApplication',
      ...commandBase(path, context),
      applicationId: path.applicationId,
      reason: body.reason,
    };
    return { command, resourceId: path.applicationId };
  },
});
