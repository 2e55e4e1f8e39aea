import type { DeclareApplicationEligible } from '@fund-ledger/domain';
import { commandBase } from '../../use-case-runner/fund-commands';
import { ApplicationPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';

/** Declares a submitted application eligible, so it can go on the jury agenda. */
export const declareApplicationEligible = fundUseCase({
  name: 'declare-application-eligible',
  route: 'funds/:fundId/applications/:applicationId/eligibility',
  tag: 'Applications',
  roles: ['fund-manager'],
  summary: 'Declare an application eligible',
  description:
    'Declares a submitted application eligible for the fund; it can then be put on the jury agenda. No body.',
  pathParams: ApplicationPath,
  toCommand(path, _body, context) {
    const command: DeclareApplicationEligible = {
      type: 'DeclareApplicationEligible',
      ...commandBase(path, context),
      applicationId: path.applicationId,
    };
    return { command, resourceId: path.applicationId };
  },
});
