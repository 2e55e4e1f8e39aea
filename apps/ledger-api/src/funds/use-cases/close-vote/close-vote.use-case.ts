import { correctionOf } from '../../request-fields/business-date.dto';
import type { CloseVote } from '@fund-ledger/domain';
import { commandBase } from '../../use-case-runner/fund-commands';
import { ApplicationPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { CloseVoteRequestDto } from './close-vote.request.dto';

/** Closes the vote on an application, recording the tally and the outcome. */
export const closeVote = fundUseCase({
  name: 'close-vote',
  route: 'funds/:fundId/applications/:applicationId/vote-closing',
  tag: 'Jury',
  roles: ['fund-manager'],
  summary: 'Close the vote on an application',
  description:
    'Closes the open decision: records the members present, recusals, every vote and the tally, and approves the application with the amount of the motion or rejects it. Refused without a quorum (JURY.QUORUM_NOT_REACHED) or above the requested grant (APPLICATION.APPROVAL_EXCEEDS_REQUEST).',
  pathParams: ApplicationPath,
  requestBody: CloseVoteRequestDto,
  toCommand(path, body, context) {
    const command: CloseVote = {
      type: 'CloseVote',
      ...commandBase(path, context),
      applicationId: path.applicationId,
      approvedAmount: body.approvedAmount,
      meetingDate: body.meetingDate,
      ...correctionOf(body),
    };
    return { command, resourceId: path.applicationId };
  },
});
