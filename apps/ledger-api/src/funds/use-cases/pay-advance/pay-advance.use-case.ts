import { correctionOf } from '../../request-fields/business-date.dto';
import type { PayAdvance } from '@fund-ledger/domain';
import { commandBase, idOrCommandId } from '../../use-case-runner/fund-commands';
import { GrantPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { PayAdvanceRequestDto } from './pay-advance.request.dto';

/** Pays part of a grant in advance, to be accounted for by the proof of use. */
export const payAdvance = fundUseCase({
  name: 'pay-advance',
  route: 'funds/:fundId/grants/:grantId/advances',
  tag: 'Grants',
  roles: ['treasurer'],
  summary: 'Pay an advance',
  description:
    'Pays part of a grant before the proof of use; the proof later accounts for it. Never more than the grant (PAYOUT.EXCEEDS_GRANT); a payout id is paid once (PAYOUT.DUPLICATE_ID).',
  pathParams: GrantPath,
  requestBody: PayAdvanceRequestDto,
  toCommand(path, body, context) {
    const payoutId = idOrCommandId(body.payoutId, context);
    const command: PayAdvance = {
      type: 'PayAdvance',
      ...commandBase(path, context),
      grantId: path.grantId,
      payoutId,
      amount: body.amount,
      valueDate: body.valueDate,
      ...correctionOf(body),
    };
    return { command, resourceId: payoutId };
  },
});
