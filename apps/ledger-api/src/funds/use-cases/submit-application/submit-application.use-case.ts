import type { SubmitApplication } from '@fund-ledger/domain';
import { commandBase, idOrCommandId } from '../../use-case-runner/fund-commands';
import { toApplicationDetails } from '../../request-fields/application-details.request.dto';
import { FundPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { SubmitApplicationRequestDto } from './submit-application.request.dto';

/** Records a project application with its cost and financing plan. */
export const submitApplication = fundUseCase({
  name: 'submit-application',
  route: 'funds/:fundId/applications',
  tag: 'Applications',
  roles: ['fund-manager'],
  summary: 'Submit an application',
  description:
    'Records an application (Projektantrag) with applicant, measure, eligible costs, own contribution and requested grant. Refused when the request exceeds the costs (APPLICATION.REQUEST_EXCEEDS_COSTS) or the id exists (APPLICATION.DUPLICATE_ID).',
  pathParams: FundPath,
  requestBody: SubmitApplicationRequestDto,
  toCommand(path, body, context) {
    const applicationId = idOrCommandId(body.applicationId, context);
    const command: SubmitApplication = {
      type: 'SubmitApplication',
      ...commandBase(path, context),
      applicationId,
      ...toApplicationDetails(body),
    };
    return { command, resourceId: applicationId };
  },
});
