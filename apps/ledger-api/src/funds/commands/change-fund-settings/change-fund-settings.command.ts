import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { FundPath } from '../../shared/path-params';
import type { ChangeFundSettingsRequestDto } from './change-fund-settings.request.dto';

/** Replaces a fund's settings; the new settings apply to decisions from now on. */
export class ChangeFundSettingsCommand extends FundUseCaseCommand<FundPath, ChangeFundSettingsRequestDto> {}
