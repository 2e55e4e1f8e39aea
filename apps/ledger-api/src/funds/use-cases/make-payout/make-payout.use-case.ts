import { correctionOf } from '../../request-fields/business-date.dto';
import type { MakePayout } from '@fund-ledger/domain';
import { commandBase, idOrCommandId } from '../../use-case-runner/fund-commands';
import { GrantPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { MakePayoutRequestDto } from './make-payout.request.dto';

/** Pays grant money to the recipient after the proof of use was accepted. */
export const makePayout = fundUseCase({
  name: 'make-payout',
  route: 'funds/:fundId/grants/:grantId/payouts',
  tag: 'Grants',
  roles: ['treasurer'],
  summary: 'Make a payout',
  description:
    'Pays grant money to the recipient (reimbursement after the accepted proof of use). Never more than the grant still unpaid (PAYOUT.EXCEEDS_GRANT); a payout id is paid once (PAYOUT.DUPLICATE_ID); without an accepted proof refused with PAYOUT.PROOF_REQUIRED.',
  pathParams: GrantPath,
  requestBody: MakePayoutRequestDto,
  toCommand(path, body, context) {
    const payoutId = idOrCommandId(body.payoutId, context);
    const command: MakePayout = {
      type: 'MakePayout',
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
