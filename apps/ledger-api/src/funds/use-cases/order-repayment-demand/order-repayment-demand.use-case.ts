import type { OrderRepaymentDemand } from '@fund-ledger/domain';
import { personOf } from '../../../auth';
import { commandBase } from '../../use-case-runner/fund-commands';
import { GrantPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { OrderRepaymentDemandRequestDto } from './order-repayment-demand.request.dto';

/** The second pair of eyes on a repayment demand: ordered, and from then on owed. */
export const orderRepaymentDemand = fundUseCase({
  name: 'order-repayment-demand',
  route: 'funds/:fundId/grants/:grantId/repayment-demand/order',
  tag: 'Grants',
  roles: ['treasurer'],
  summary: 'Order a certified repayment demand',
  description:
    'The second of four eyes on a repayment demand: the person of the token orders the demand that a revocation or an overpaid advance certified, and from then on the money is owed. Refused to the person who certified it, whatever roles they hold, while the fund keeps four eyes (REPAYMENT.SAME_PERSON); refused when no demand waits for its order (REPAYMENT.NO_DEMAND_CERTIFIED) and when dated before the certification (REPAYMENT.ORDER_BEFORE_CERTIFICATION).',
  pathParams: GrantPath,
  requestBody: OrderRepaymentDemandRequestDto,
  operationMethod: 'order',
  toCommand(path, body, context) {
    const command: OrderRepaymentDemand = {
      type: 'OrderRepaymentDemand',
      ...commandBase(path, context),
      grantId: path.grantId,
      orderer: personOf(context.actor),
      orderedOn: body.orderedOn,
    };
    return { command, resourceId: path.grantId };
  },
});
