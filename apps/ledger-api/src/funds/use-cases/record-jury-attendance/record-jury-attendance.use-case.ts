import type { RecordJuryAttendance } from '@fund-ledger/domain';
import { commandBase } from '../../use-case-runner/fund-commands';
import { ApplicationPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { RecordJuryAttendanceRequestDto } from './record-jury-attendance.request.dto';

/** Records which jury members are present for an application's open decision. */
export const recordJuryAttendance = fundUseCase({
  name: 'record-jury-attendance',
  route: 'funds/:fundId/applications/:applicationId/attendance',
  tag: 'Jury',
  roles: ['fund-manager'],
  summary: 'Record the members present for a decision',
  description:
    'Records every member present for the open decision on the application (replacing an earlier record). Members present and free of conflicts count for the quorum.',
  pathParams: ApplicationPath,
  requestBody: RecordJuryAttendanceRequestDto,
  toCommand(path, body, context) {
    const command: RecordJuryAttendance = {
      type: 'RecordJuryAttendance',
      ...commandBase(path, context),
      applicationId: path.applicationId,
      presentMemberIds: [...body.presentMemberIds],
    };
    return { command, resourceId: path.applicationId };
  },
});
