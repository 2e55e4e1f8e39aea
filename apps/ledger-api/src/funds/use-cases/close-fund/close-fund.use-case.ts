import type { CloseFund } from '@fund-ledger/domain';
import { commandBase } from '../../use-case-runner/fund-commands';
import { FundPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { CloseFundRequestDto } from './close-fund.request.dto';

/** Closes a fund for good; nothing more can happen in it. */
export const closeFund = fundUseCase({
  name: 'close-fund',
  route: 'funds/:fundId/closing',
  tag: 'Funds',
  roles: ['fund-manager'],
  summary: 'Close a fund',
  description:
    'Closes the fund for good. Refused while grants still hold committed money (FUND.OPEN_COMMITMENTS).',
  pathParams: FundPath,
  requestBody: CloseFundRequestDto,
  toCommand(path, body, context) {
    const command: CloseFund = {
      type: 'CloseFund',
      ...commandBase(path, context),
      reason: body.reason,
    };
    return { command, resourceId: path.fundId };
  },
});
