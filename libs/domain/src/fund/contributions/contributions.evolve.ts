import type { ContributionEvent } from '../fund.events';
import type { FundState } from '../fund.state';
import { assertNever } from '../shared/assert-never';
import { withId } from '../shared/keyed';
import { bookMoneyOf } from '../shared/pots';

export function evolveContribution(state: FundState, event: ContributionEvent): FundState {
  switch (event.type) {
    case 'PrivateContributionRecorded':
    case 'PublicContributionRecorded':
      return bookMoneyOf(withContribution(state, event.data.contributionId), event);
    case 'PublicContributionSplit':
      return bookMoneyOf(state, event);
    default:
      return assertNever(event);
  }
}

function withContribution(state: FundState, contributionId: string): FundState {
  return { ...state, contributionIds: withId(state.contributionIds, contributionId) };
}
