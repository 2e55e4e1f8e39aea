import type { RemoveJuryMember } from '@fund-ledger/domain';
import { commandBase } from '../../use-case-runner/fund-commands';
import { JuryMemberPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { RemoveJuryMemberRequestDto } from './remove-jury-member.request.dto';

/** Records that a member leaves the jury. */
export const removeJuryMember = fundUseCase({
  name: 'remove-jury-member',
  route: 'funds/:fundId/jury/members/:memberId/departure',
  tag: 'Jury',
  roles: ['fund-manager'],
  summary: 'Record that a jury member leaves',
  description: 'Records that a member leaves the jury; they no longer count for quorums and cannot vote.',
  pathParams: JuryMemberPath,
  requestBody: RemoveJuryMemberRequestDto,
  toCommand(path, body, context) {
    const command: RemoveJuryMember = {
      type: 'RemoveJuryMember',
      ...commandBase(path, context),
      memberId: path.memberId,
      reason: body.reason,
    };
    return { command, resourceId: path.memberId };
  },
});
