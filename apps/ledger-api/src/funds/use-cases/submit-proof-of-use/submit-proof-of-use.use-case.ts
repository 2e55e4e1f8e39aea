import { correctionOf } from '../../request-fields/business-date.dto';
import type { SubmitProofOfUse } from '@fund-ledger/domain';
import { commandBase } from '../../use-case-runner/fund-commands';
import { GrantPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { SubmitProofOfUseRequestDto } from './submit-proof-of-use.request.dto';

/** Records the recipient's proof of use (Verwendungsnachweis) for a grant. */
export const submitProofOfUse = fundUseCase({
  name: 'submit-proof-of-use',
  route: 'funds/:fundId/grants/:grantId/proofs-of-use',
  tag: 'Grants',
  roles: ['fund-manager'],
  summary: 'Record a proof of use',
  description:
    'Records the proof of use (Verwendungsnachweis) the recipient handed in, with the costs it reports.',
  pathParams: GrantPath,
  requestBody: SubmitProofOfUseRequestDto,
  toCommand(path, body, context) {
    const command: SubmitProofOfUse = {
      type: 'SubmitProofOfUse',
      ...commandBase(path, context),
      grantId: path.grantId,
      reportedCosts: body.reportedCosts,
      reference: body.reference,
      receivedDate: body.receivedDate,
      ...correctionOf(body),
    };
    return { command, resourceId: path.grantId };
  },
});
