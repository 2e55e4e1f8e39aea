import type { OpenFund } from '@fund-ledger/domain';
import { idOrCommandId } from '../../use-case-runner/fund-commands';
import { toFundSettingsInput } from '../../request-fields/fund-settings.dto';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { OpenFundRequestDto } from './open-fund.request.dto';

/** Opens a new fund with its settings; the only fund command without a fund in its path. */
export const openFund = fundUseCase({
  name: 'open-fund',
  route: 'funds',
  tag: 'Funds',
  roles: ['fund-manager'],
  summary: 'Open a fund',
  description:
    'Opens a new fund with its settings: funding source, matching model, public funders and their shares, public share cap, per-project cap, year-end policy and jury rules. Refused when a fund with this id exists (FUND.ALREADY_OPEN) or a setting is invalid (FUND.INVALID_SETTINGS).',
  requestBody: OpenFundRequestDto,
  toCommand(_path, body, context) {
    const fundId = idOrCommandId(body.fundId, context);
    const command: OpenFund = {
      type: 'OpenFund',
      commandId: context.commandId,
      issuedAt: context.recordedAt,
      fundId,
      name: body.name,
      area: body.area,
      settings: toFundSettingsInput(body.settings),
    };
    return { command, resourceId: fundId };
  },
});
