import type { CorrectVote } from '@fund-ledger/domain';
import { commandBase } from '../../use-case-runner/fund-commands';
import { jurorAction } from '../../use-case-runner/juror-action';
import { ApplicationPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { CorrectVoteRequestDto } from './correct-vote.request.dto';

/** A jury member corrects their own vote on an open decision, recorded as a new event. */
export const correctVote = fundUseCase({
  name: 'correct-vote',
  route: 'funds/:fundId/applications/:applicationId/vote-corrections',
  tag: 'Jury',
  roles: ['jury-member'],
  summary: 'Correct a vote',
  description:
    'A jury member corrects the vote they cast on the still open decision; votes are never edited, the correction is recorded as its own event with the reason. Only as the member named in the token (403 otherwise).',
  pathParams: ApplicationPath,
  requestBody: CorrectVoteRequestDto,
  toCommand(path, body, context) {
    const command: CorrectVote = {
      type: 'CorrectVote',
      ...commandBase(path, context),
      applicationId: path.applicationId,
      ...jurorAction(context.actor, body.memberId),
      vote: body.vote,
      reason: body.reason,
    };
    return { command, resourceId: path.applicationId };
  },
});
