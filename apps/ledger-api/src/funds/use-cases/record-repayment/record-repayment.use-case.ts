import { correctionOf } from '../../request-fields/business-date.dto';
import type { RecordRepayment } from '@fund-ledger/domain';
import { commandBase, idOrCommandId } from '../../use-case-runner/fund-commands';
import { GrantPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { RecordRepaymentRequestDto } from './record-repayment.request.dto';

/** Records money a recipient repaid on a revoked grant. */
export const recordRepayment = fundUseCase({
  name: 'record-repayment',
  route: 'funds/:fundId/grants/:grantId/repayments',
  tag: 'Grants',
  roles: ['treasurer'],
  summary: 'Record a repayment',
  description:
    'Records money the recipient repaid on a demanded repayment; each euro returns to the pot it was paid from. Refused when nothing is owed (REPAYMENT.NOT_DUE) or above what is owed (REPAYMENT.EXCEEDS_OUTSTANDING).',
  pathParams: GrantPath,
  requestBody: RecordRepaymentRequestDto,
  toCommand(path, body, context) {
    const repaymentId = idOrCommandId(body.repaymentId, context);
    const command: RecordRepayment = {
      type: 'RecordRepayment',
      ...commandBase(path, context),
      grantId: path.grantId,
      repaymentId,
      amount: body.amount,
      valueDate: body.valueDate,
      ...correctionOf(body),
    };
    return { command, resourceId: repaymentId };
  },
});
