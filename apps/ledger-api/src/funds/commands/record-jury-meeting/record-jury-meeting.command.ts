import { FundUseCaseCommand } from '../../shared/fund-use-case.command';
import type { FundPath } from '../../shared/path-params';
import type { RecordJuryMeetingRequestDto } from './record-jury-meeting.request.dto';

/** The minutes of a jury meeting, recorded once by the fund's office. */
export class RecordJuryMeetingCommand extends FundUseCaseCommand<FundPath, RecordJuryMeetingRequestDto> {}
