import type { PutApplicationOnAgenda } from '@fund-ledger/domain';
import { commandBase, idOrCommandId } from '../../use-case-runner/fund-commands';
import { ApplicationPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { PutApplicationOnAgendaRequestDto } from './put-application-on-agenda.request.dto';

/** Puts an eligible or deferred application on the agenda of a jury meeting, opening a decision. */
export const putApplicationOnAgenda = fundUseCase({
  name: 'put-application-on-agenda',
  route: 'funds/:fundId/applications/:applicationId/agenda',
  tag: 'Jury',
  roles: ['fund-manager'],
  summary: 'Put an application on the jury agenda',
  description:
    'Puts an eligible (or deferred) application on the agenda of a jury meeting; this opens the decision that votes are cast in. Answers with the decision id.',
  pathParams: ApplicationPath,
  requestBody: PutApplicationOnAgendaRequestDto,
  toCommand(path, body, context) {
    const decisionId = idOrCommandId(body.decisionId, context);
    const command: PutApplicationOnAgenda = {
      type: 'PutApplicationOnAgenda',
      ...commandBase(path, context),
      applicationId: path.applicationId,
      decisionId,
      meetingId: body.meetingId,
      meetingDate: body.meetingDate,
    };
    return { command, resourceId: decisionId };
  },
});
