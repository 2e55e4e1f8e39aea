import type { DeclareApplicationIneligible } from '@fund-ledger/domain';
import { commandBase } from '../../use-case-runner/fund-commands';
import { ApplicationPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { DeclareApplicationIneligibleRequestDto } from './declare-application-ineligible.request.dto';

/** Declares a submitted application ineligible; it ends there. */
export const declareApplicationIneligible = fundUseCase({
  name: 'declare-application-ineligible',
  route: 'funds/:fundId/applications/:applicationId/ineligibility',
  tag: 'Applications',
  roles: ['fund-manager'],
  summary: 'Declare an application ineligible',
  description: 'Declares a submitted application ineligible, with the reason; the application ends there.',
  pathParams: ApplicationPath,
  requestBody: DeclareApplicationIneligibleRequestDto,
  toCommand(path, body, context) {
    const command: DeclareApplicationIneligible = {
      type: 'DeclareApplicationIneligible',
      ...commandBase(path, context),
      applicationId: path.applicationId,
      reason: body.reason,
    };
    return { command, resourceId: path.applicationId };
  },
});
