import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { ApplicationPath } from '../../shared/path-params';
import type { RecordJuryAttendanceRequestDto } from './record-jury-attendance.request.dto';

/** Records which jury members are present for an application's open decision. */
export class RecordJuryAttendanceCommand extends FundUseCaseCommand<
  ApplicationPath,
  RecordJuryAttendanceRequestDto
> {}
