import type { CastVote } from '@fund-ledger/domain';
import { commandBase } from '../../use-case-runner/fund-commands';
import { jurorAction } from '../../use-case-runner/juror-action';
import { ApplicationPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { CastVoteRequestDto } from './cast-vote.request.dto';

/** A jury member votes on the open decision about an application. */
export const castVote = fundUseCase({
  name: 'cast-vote',
  route: 'funds/:fundId/applications/:applicationId/votes',
  tag: 'Jury',
  roles: ['jury-member'],
  summary: 'Cast a vote',
  description:
    'A jury member votes yes, no or abstain on the open decision about the application, once (JURY.ALREADY_VOTED). Only as the member named in the token (403 otherwise); refused for non-members (JURY.NOT_A_MEMBER) and recused members (JURY.MEMBER_RECUSED).',
  pathParams: ApplicationPath,
  requestBody: CastVoteRequestDto,
  toCommand(path, body, context) {
    const command: CastVote = {
      type: 'CastVote',
      ...commandBase(path, context),
      applicationId: path.applicationId,
      ...jurorAction(context.actor, body.memberId),
      vote: body.vote,
    };
    return { command, resourceId: path.applicationId };
  },
});
