import type { DeclareConflictOfInterest } from '@fund-ledger/domain';
import { commandBase } from '../../use-case-runner/fund-commands';
import { jurorAction } from '../../use-case-runner/juror-action';
import { ApplicationPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { DeclareConflictOfInterestRequestDto } from './declare-conflict-of-interest.request.dto';

/** A jury member declares a conflict of interest for an application and is recused from its decisions. */
export const declareConflictOfInterest = fundUseCase({
  name: 'declare-conflict-of-interest',
  route: 'funds/:fundId/applications/:applicationId/conflicts',
  tag: 'Jury',
  roles: ['jury-member'],
  summary: 'Declare a conflict of interest',
  description:
    'A jury member declares a conflict of interest (Befangenheit) for an application: they are recused, do not vote and do not count for the quorum. Only as the member named in the token; naming another member is refused with 403.',
  pathParams: ApplicationPath,
  requestBody: DeclareConflictOfInterestRequestDto,
  toCommand(path, body, context) {
    const command: DeclareConflictOfInterest = {
      type: 'DeclareConflictOfInterest',
      ...commandBase(path, context),
      applicationId: path.applicationId,
      ...jurorAction(context.actor, body.memberId),
      reason: body.reason,
    };
    return { command, resourceId: path.applicationId };
  },
});
