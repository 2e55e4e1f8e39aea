import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { JuryMemberPath } from '../../shared/path-params';
import type { RemoveJuryMemberRequestDto } from './remove-jury-member.request.dto';

/** Records that a member leaves the jury. */
export class RemoveJuryMemberCommand extends FundUseCaseCommand<JuryMemberPath, RemoveJuryMemberRequestDto> {}
