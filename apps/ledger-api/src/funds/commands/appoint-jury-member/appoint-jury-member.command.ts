import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { FundPath } from '../../shared/path-params';
import type { AppointJuryMemberRequestDto } from './appoint-jury-member.request.dto';

/** Appoints a member of the fund's jury for a group. */
export class AppointJuryMemberCommand extends FundUseCaseCommand<FundPath, AppointJuryMemberRequestDto> {}
