/** Money coming into the fund: private contributions (pooled model) and public contributions split among funders. */
import { DomainError } from '../../decider';
import { allocate } from '../../money/allocate';
import { formatAmount, Money, parseAmount } from '../../money/money';
import type {
  ContributionCommand,
  ContributorKind,
  RecordPrivateContribution,
  RecordPublicContribution,
} from '../fund.commands';
import type { FundEvent } from '../fund.events';
import { assertNever } from '../shared/assert-never';
import { eventBase, type OpenFundState, requireNewId } from '../shared/guards';
import { fiscalYearOfBusinessDate } from '../../time/business-date';
import { correctsField, resolveBusinessDate } from '../shared/business-dates';
import { yearState } from '../shared/pots';
import { isZeroAmount } from '../shared/splits';
import { requireOneOf, requireText, TEXT_LENGTH_MAX } from '../shared/validation';
import { everyValueOf } from '../shared/every-value-of';

export const CONTRIBUTOR_KINDS = everyValueOf<ContributorKind>()(
  'business',
  'property-owner',
  'business-improvement-district',
  'association',
  'resident',
  'sponsor',
  'other',
);

export function decideContribution(command: ContributionCommand, fund: OpenFundState): readonly FundEvent[] {
  switch (command.type) {
    case 'RecordPrivateContribution':
      return decideRecordPrivateContribution(command, fund);
    case 'RecordPublicContribution':
      return decideRecordPublicContribution(command, fund);
    default:
      return assertNever(command);
  }
}

function requireNewContributionId(fund: OpenFundState, contributionId: unknown): string {
  return requireNewId(
    contributionId,
    'contributionId',
    (id) => fund.contributionIds.has(id),
    'CONTRIBUTION.DUPLICATE_ID',
    (id) => `Contribution ${id} has already been recorded.`,
  );
}

function decideRecordPrivateContribution(
  command: RecordPrivateContribution,
  fund: OpenFundState,
): readonly FundEvent[] {
  if (fund.settings.matchingModel !== 'pooled') {
    throw new DomainError(
      'CONTRIBUTION.PRIVATE_NOT_POOLED',
      'This fund matches per project: private money is the applicant’s own contribution, recorded with the application, not paid into the fund.',
      'rule_violated',
    );
  }
  const contributionId = requireNewContributionId(fund, command.contributionId);
  const contributor = command.contributor ?? { name: undefined, kind: undefined };
  const amount = parseAmount(command.amount, 'amount');
  const valueDate = resolveBusinessDate(fund, command, command.valueDate, 'valueDate');
  const fiscalYear = fiscalYearOfBusinessDate(valueDate);
  return [
    {
      type: 'PrivateContributionRecorded',
      data: {
        ...eventBase(command),
        contributionId,
        contributor: {
          name: requireText(contributor.name, 'contributor.name', TEXT_LENGTH_MAX.name),
          kind: requireOneOf(contributor.kind, 'contributor.kind', CONTRIBUTOR_KINDS),
        },
        amount: formatAmount(amount),
        valueDate,
        fiscalYear,
        reference: requireText(command.reference, 'reference', TEXT_LENGTH_MAX.reference, {
          allowEmpty: true,
        }),
        ...correctsField(command.corrects),
      },
    },
  ];
}

function decideRecordPublicContribution(
  command: RecordPublicContribution,
  fund: OpenFundState,
): readonly FundEvent[] {
  const contributionId = requireNewContributionId(fund, command.contributionId);
  const amount = parseAmount(command.amount, 'amount');
  const valueDate = resolveBusinessDate(fund, command, command.valueDate, 'valueDate');
  const reference = requireText(command.reference, 'reference', TEXT_LENGTH_MAX.reference, {
    allowEmpty: true,
  });
  const fiscalYear = fiscalYearOfBusinessDate(valueDate);
  requireWithinBudget(fund, fiscalYear, amount);
  const funders = fund.settings.publicFunders;
  const parts = allocate(
    amount,
    funders.map((funder) => funder.share),
  );
  const base = { ...eventBase(command), contributionId, amount: formatAmount(amount), fiscalYear };
  return [
    {
      type: 'PublicContributionRecorded',
      data: { ...base, valueDate, reference, ...correctsField(command.corrects) },
    },
    {
      type: 'PublicContributionSplit',
      data: {
        ...base,
        parts: funders
          .map((funder, index) => ({ funderId: funder.funderId, amount: formatAmount(parts[index]) }))
          .filter((part) => !isZeroAmount(part.amount)),
      },
    },
  ];
}

/** Public money for a year may not exceed the budget the municipality set for that year. */
function requireWithinBudget(fund: OpenFundState, fiscalYear: number, amount: Money): void {
  const year = yearState(fund, fiscalYear);
  if (year.publicBudget === null) {
    throw new DomainError(
      'FISCAL_YEAR.NO_BUDGET',
      `No public budget has been set for fiscal year ${fiscalYear}; set it before recording public money.`,
      'rule_violated',
      'valueDate',
    );
  }
  const afterReceipt = amount.plus(year.figures.publicReceived);
  if (afterReceipt.gt(year.publicBudget)) {
    throw new DomainError(
      'FISCAL_YEAR.BUDGET_EXCEEDED',
      `This would bring public money for ${fiscalYear} to ${afterReceipt.toFixed(2)} EUR, above the year's budget of ${year.publicBudget} EUR.`,
      'rule_violated',
      'amount',
    );
  }
}
