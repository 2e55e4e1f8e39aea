import type { DemandUnusedMoneyInterest } from '@fund-ledger/domain';
import { personOf } from '../../../auth';
import { commandBase } from '../../use-case-runner/fund-commands';
import { GrantPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { DemandUnusedMoneyInterestRequestDto } from './demand-unused-money-interest.request.dto';

/** Demands interest on an advance or payout whose money lay unused beyond the fund's grace. */
export const demandUnusedMoneyInterest = fundUseCase({
  name: 'demand-unused-money-interest',
  route: 'funds/:fundId/grants/:grantId/unused-money-interest',
  tag: 'Grants',
  roles: ['fund-manager'],
  summary: 'Demand interest on money not used in time',
  description:
    "Demands interest (§ 49a (4) VwVfG) on an advance or payout whose money lay unused beyond the fund's grace (`unusedMoneyGraceMonths`, 12 by default): from the day the grace ends, or where the last such demand on the payment stopped, to the day the money was used (`usedOn`) or, while it is still unused, to the notice date; at 5 percentage points above each half-year's base rate or the notice's fixed rate, with the interest statement period by period. The demand is a repayment demand (reason `unused-money`) paid through the repayment endpoint. Refused with UNUSED_MONEY.NOTHING_OWED when the money was used within the grace, UNUSED_MONEY.ALREADY_DEMANDED when the period adds no day, PAYOUT.NOT_FOUND or PAYOUT.OF_ANOTHER_GRANT for a payment not of this grant.",
  pathParams: GrantPath,
  requestBody: DemandUnusedMoneyInterestRequestDto,
  toCommand(path, body, context) {
    const command: DemandUnusedMoneyInterest = {
      type: 'DemandUnusedMoneyInterest',
      ...commandBase(path, context),
      grantId: path.grantId,
      payoutId: body.payoutId,
      unusedAmount: body.unusedAmount,
      usedOn: body.usedOn,
      fixedInterestRatePercentPerYear: body.fixedInterestRatePercentPerYear,
      noticeDate: body.noticeDate,
      certifier: personOf(context.actor),
    };
    return { command, resourceId: path.grantId };
  },
});
