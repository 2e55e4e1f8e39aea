import type { AcceptProofOfUse } from '@fund-ledger/domain';
import { personOf } from '../../../auth';
import { commandBase } from '../../use-case-runner/fund-commands';
import { GrantPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { AcceptProofOfUseRequestDto } from './accept-proof-of-use.request.dto';

/** Accepts a proof of use with the proven eligible costs; the grant is recalculated from them. */
export const acceptProofOfUse = fundUseCase({
  name: 'accept-proof-of-use',
  route: 'funds/:fundId/grants/:grantId/proof-acceptance',
  tag: 'Grants',
  roles: ['fund-manager'],
  summary: 'Accept a proof of use',
  description:
    'Accepts the submitted proof of use with the eligible costs it proves; the grant is recalculated so that public money stays within its share of the proven costs, and any reduction is released.',
  pathParams: GrantPath,
  requestBody: AcceptProofOfUseRequestDto,
  toCommand(path, body, context) {
    const command: AcceptProofOfUse = {
      type: 'AcceptProofOfUse',
      ...commandBase(path, context),
      grantId: path.grantId,
      certifier: personOf(context.actor),
      provenEligibleCosts: body.provenEligibleCosts,
    };
    return { command, resourceId: path.grantId };
  },
});
