import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { FundPath } from '../../shared/path-params';
import type { CloseFundRequestDto } from './close-fund.request.dto';

/** Closes a fund for good; nothing more can happen in it. */
export class CloseFundCommand extends FundUseCaseCommand<FundPath, CloseFundRequestDto> {}
