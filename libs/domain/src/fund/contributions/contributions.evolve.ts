import type { ContributionEvent } from '../fund.events';
import type { FundState } from '../fund.state';
import { assertNever } from '../shared/assert-never';
import { withId } from '../shared/keyed';
import { bookPrivateReceipt, bookPublicReceipt, bookPublicReceiptSplit } from '../shared/pots';

export function evolveContribution(state: FundState, event: ContributionEvent): FundState {
  switch (event.type) {
    case 'PrivateContributionRecorded':
      return bookPrivateReceipt(
        withContribution(state, event.data.contributionId),
        event.data.fiscalYear,
        event.data.amount,
      );
    case 'PublicContributionRecorded':
      return bookPublicReceipt(
        withContribution(state, event.data.contributionId),
        event.data.fiscalYear,
        event.data.amount,
      );
    case 'PublicContributionSplit':
      return bookPublicReceiptSplit(state, event.data.parts);
    default:
      return assertNever(event);
  }
}

function withContribution(state: FundState, contributionId: string): FundState {
  return { ...state, contributionIds: withId(state.contributionIds, contributionId) };
}
