import { correctionOf } from '../../request-fields/business-date.dto';
import type { RecordPublicContribution } from '@fund-ledger/domain';
import { commandBase, idOrCommandId } from '../../use-case-runner/fund-commands';
import { FundPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { RecordPublicContributionRequestDto } from './record-public-contribution.request.dto';

/** Records public money received and splits it among the public funders. */
export const recordPublicContribution = fundUseCase({
  name: 'record-public-contribution',
  route: 'funds/:fundId/contributions/public',
  tag: 'Contributions',
  roles: ['treasurer'],
  summary: 'Record a public contribution',
  description:
    "Records public money received for the fund. The service splits it among the public funders by their shares, to the cent (largest remainder), and records the split as its own event. Refused beyond the fiscal year's budget (FISCAL_YEAR.BUDGET_EXCEEDED) or without one (FISCAL_YEAR.NO_BUDGET).",
  pathParams: FundPath,
  requestBody: RecordPublicContributionRequestDto,
  toCommand(path, body, context) {
    const contributionId = idOrCommandId(body.contributionId, context);
    const command: RecordPublicContribution = {
      type: 'RecordPublicContribution',
      ...commandBase(path, context),
      contributionId,
      amount: body.amount,
      valueDate: body.valueDate,
      ...correctionOf(body),
      reference: body.reference,
    };
    return { command, resourceId: contributionId };
  },
});
