import type { RejectProofOfUse } from '@fund-ledger/domain';
import { commandBase } from '../../use-case-runner/fund-commands';
import { GrantPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { RejectProofOfUseRequestDto } from './reject-proof-of-use.request.dto';

/** Rejects a submitted proof of use; the recipient may hand in a new one. */
export const rejectProofOfUse = fundUseCase({
  name: 'reject-proof-of-use',
  route: 'funds/:fundId/grants/:grantId/proof-rejection',
  tag: 'Grants',
  roles: ['fund-manager'],
  summary: 'Reject a proof of use',
  description: 'Rejects the submitted proof of use with the reason; the recipient may submit a new one.',
  pathParams: GrantPath,
  requestBody: RejectProofOfUseRequestDto,
  toCommand(path, body, context) {
    const command: RejectProofOfUse = {
      type: 'RejectProofOfUse',
      ...commandBase(path, context),
      grantId: path.grantId,
      reason: body.reason,
    };
    return { command, resourceId: path.grantId };
  },
});
