import { correctionOf } from '../../request-fields/business-date.dto';
import type { RecordPrivateContribution } from '@fund-ledger/domain';
import { commandBase, idOrCommandId } from '../../use-case-runner/fund-commands';
import { FundPath } from '../../request-fields/path-params';
import { fundUseCase } from '../../use-case-runner/fund-use-case';
import { RecordPrivateContributionRequestDto } from './record-private-contribution.request.dto';

/** Records private money paid into a pooled fund. */
export const recordPrivateContribution = fundUseCase({
  name: 'record-private-contribution',
  route: 'funds/:fundId/contributions/private',
  tag: 'Contributions',
  roles: ['treasurer'],
  summary: 'Record a private contribution',
  description:
    'Records private money (businesses, property owners, associations, sponsors...) received by the fund. Only pooled funds take private contributions (CONTRIBUTION.PRIVATE_NOT_POOLED); an id is recorded once (CONTRIBUTION.DUPLICATE_ID).',
  pathParams: FundPath,
  requestBody: RecordPrivateContributionRequestDto,
  toCommand(path, body, context) {
    const contributionId = idOrCommandId(body.contributionId, context);
    const command: RecordPrivateContribution = {
      type: 'RecordPrivateContribution',
      ...commandBase(path, context),
      contributionId,
      contributor: { name: body.contributor.name, kind: body.contributor.kind },
      amount: body.amount,
      valueDate: body.valueDate,
      ...correctionOf(body),
      reference: body.reference,
    };
    return { command, resourceId: contributionId };
  },
});
