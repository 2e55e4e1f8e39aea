import type { ExpireGrant } from '@fund-ledger/domain';
import { commandBase } from '../../use-case-runner/fund-commands';
import { GrantPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { ExpireGrantRequestDto } from './expire-grant.request.dto';

/** Records that a project was not carried out in time; the grant expires and its commitment is released. */
export const expireGrant = fundUseCase({
  name: 'expire-grant',
  route: 'funds/:fundId/grants/:grantId/expiry',
  tag: 'Grants',
  roles: ['fund-manager'],
  summary: 'Record that a grant expired',
  description:
    'Records that the project was not carried out in time; the grant expires and its unpaid commitment is released.',
  pathParams: GrantPath,
  requestBody: ExpireGrantRequestDto,
  toCommand(path, body, context) {
    const command: ExpireGrant = {
      type: 'ExpireGrant',
      ...commandBase(path, context),
      grantId: path.grantId,
      reason: body.reason,
    };
    return { command, resourceId: path.grantId };
  },
});
