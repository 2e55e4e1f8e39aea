import { correctionOf } from '../../request-fields/business-date.dto';
import type { DeferApplication } from '@fund-ledger/domain';
import { commandBase } from '../../use-case-runner/fund-commands';
import { ApplicationPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { DeferApplicationRequestDto } from './defer-application.request.dto';

/** Defers the open decision about an application to a later meeting. */
export const deferApplication = fundUseCase({
  name: 'defer-application',
  route: 'funds/:fundId/applications/:applicationId/deferral',
  tag: 'Jury',
  roles: ['fund-manager'],
  summary: 'Defer an application',
  description: 'Defers the open decision about the application; it can be put on a later agenda.',
  pathParams: ApplicationPath,
  requestBody: DeferApplicationRequestDto,
  toCommand(path, body, context) {
    const command: DeferApplication = {
      type: 'DeferApplication',
      ...commandBase(path, context),
      applicationId: path.applicationId,
      reason: body.reason,
      meetingDate: body.meetingDate,
      ...correctionOf(body),
    };
    return { command, resourceId: path.applicationId };
  },
});
