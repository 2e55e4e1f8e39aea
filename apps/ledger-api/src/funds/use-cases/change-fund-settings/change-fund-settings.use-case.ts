import { correctionOf } from '../../request-fields/business-date.dto';
import type { ChangeFundSettings } from '@fund-ledger/domain';
import { commandBase } from '../../use-case-runner/fund-commands';
import { toFundSettingsInput } from '../../request-fields/fund-settings.dto';
import { FundPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { ChangeFundSettingsRequestDto } from './change-fund-settings.request.dto';

/** Replaces a fund's settings; the new settings apply to decisions from now on. */
export const changeFundSettings = fundUseCase({
  name: 'change-fund-settings',
  route: 'funds/:fundId/settings',
  tag: 'Funds',
  roles: ['fund-manager'],
  summary: "Change a fund's settings",
  description:
    'Replaces the settings of the fund; decisions taken earlier keep the settings they were taken under. The matching model cannot change once money has moved (FUND.MATCHING_MODEL_LOCKED).',
  pathParams: FundPath,
  requestBody: ChangeFundSettingsRequestDto,
  toCommand(path, body, context) {
    const command: ChangeFundSettings = {
      type: 'ChangeFundSettings',
      ...commandBase(path, context),
      settings: toFundSettingsInput(body.settings),
      effectiveDate: body.effectiveDate,
      ...correctionOf(body),
    };
    return { command, resourceId: path.fundId };
  },
});
