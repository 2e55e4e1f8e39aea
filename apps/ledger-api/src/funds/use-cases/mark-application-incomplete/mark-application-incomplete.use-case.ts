import type { MarkApplicationIncomplete } from '@fund-ledger/domain';
import { commandBase } from '../../use-case-runner/fund-commands';
import { ApplicationPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { MarkApplicationIncompleteRequestDto } from './mark-application-incomplete.request.dto';

/** Sends a submitted application back to the applicant for what is missing. */
export const markApplicationIncomplete = fundUseCase({
  name: 'mark-application-incomplete',
  route: 'funds/:fundId/applications/:applicationId/incomplete',
  tag: 'Applications',
  roles: ['fund-manager'],
  summary: 'Mark an application incomplete',
  description:
    'Marks a submitted application incomplete, saying what is missing; an amendment submits it again.',
  pathParams: ApplicationPath,
  requestBody: MarkApplicationIncompleteRequestDto,
  toCommand(path, body, context) {
    const command: MarkApplicationIncomplete = {
      type: 'MarkApplicationIncomplete',
      ...commandBase(path, context),
      applicationId: path.applicationId,
      reason: body.reason,
    };
    return { command, resourceId: path.applicationId };
  },
});
