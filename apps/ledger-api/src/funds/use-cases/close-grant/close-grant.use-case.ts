import type { CloseGrant } from '@fund-ledger/domain';
import { commandBase } from '../../use-case-runner/fund-commands';
import { GrantPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';

/** Closes a grant, releasing whatever was committed and not paid. */
export const closeGrant = fundUseCase({
  name: 'close-grant',
  route: 'funds/:fundId/grants/:grantId/closing',
  tag: 'Grants',
  roles: ['fund-manager'],
  summary: 'Close a grant',
  description: 'Closes the grant; money committed and not paid goes back to the money available. No body.',
  pathParams: GrantPath,
  toCommand(path, _body, context) {
    const command: CloseGrant = {
      type: 'CloseGrant',
      ...commandBase(path, context),
      grantId: path.grantId,
    };
    return { command, resourceId: path.grantId };
  },
});
