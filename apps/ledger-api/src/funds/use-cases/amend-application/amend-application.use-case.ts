import type { AmendApplication } from '@fund-ledger/domain';
import { commandBase } from '../../use-case-runner/fund-commands';
import { toApplicationDetails } from '../../request-fields/application-details.request.dto';
import { ApplicationPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { AmendApplicationRequestDto } from './amend-application.request.dto';

/** Replaces an application's cost and financing plan and submits it again. */
export const amendApplication = fundUseCase({
  name: 'amend-application',
  route: 'funds/:fundId/applications/:applicationId/amendments',
  tag: 'Applications',
  roles: ['fund-manager'],
  summary: 'Amend an application',
  description:
    'Replaces the complete cost and financing plan of a submitted or incomplete application; the application is submitted again.',
  pathParams: ApplicationPath,
  requestBody: AmendApplicationRequestDto,
  toCommand(path, body, context) {
    const command: AmendApplication = {
      type: 'AmendApplication',
      ...commandBase(path, context),
      applicationId: path.applicationId,
      ...toApplicationDetails(body),
    };
    return { command, resourceId: path.applicationId };
  },
});
