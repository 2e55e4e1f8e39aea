/**
 * Goal: the independent invariant checker used by the property suite really detects broken
 * histories, so that its silence on random histories means something.
 */
import type { FundEvent } from '../fund/fund.events';
import { FundInvariantChecker, FundInvariantViolation } from './fund.invariants';
import {
  FUND_OFFICE,
  approvedApplication,
  appointJury,
  command,
  eventsOf,
  issueGrant,
  openFund,
  publicContribution,
  setBudget,
} from './fund.fixtures';

const paidGrant = eventsOf([
  openFund(),
  setBudget(2024),
  publicContribution('c-1', '90000.00'),
  ...appointJury(),
  ...approvedApplication('a-1', '1000.00'),
  issueGrant('g-1', 'a-1', '1000.00'),
  command('SubmitProofOfUse', { grantId: 'g-1', reportedCosts: '4200.00', reference: 'VN' }),
  command('AcceptProofOfUse', { certifier: FUND_OFFICE, grantId: 'g-1', provenEligibleCosts: '4200.00' }),
  command('MakePayout', { grantId: 'g-1', payoutId: 'pay-1', amount: '600.00', valueDate: '2024-03-01' }),
]);

function check(events: readonly FundEvent[]): void {
  const checker = new FundInvariantChecker();
  for (const event of events) checker.apply(event);
}

function lastOfType<Type extends FundEvent['type']>(events: readonly FundEvent[], type: Type) {
  const found = [...events].reverse().find((event) => event.type === type);
  if (found === undefined) throw new Error(`No ${type}`);
  return found as Extract<FundEvent, { type: Type }>;
}

describe('FundInvariantChecker', () => {
  it('accepts a history the decider produced', () => {
    expect(() => check(paidGrant)).not.toThrow();
  });

  it('detects a payout beyond the grant', () => {
    const payout = lastOfType(paidGrant, 'PayoutMade');
    const second = {
      ...payout,
      data: {
        ...payout.data,
        payoutId: 'pay-2',
        amount: '400.01',
        publicPart: '400.01',
        publicFunderParts: [{ funderId: 'city', amount: '400.01' }],
      },
    };
    expect(() => check([...paidGrant, second])).toThrow(FundInvariantViolation);
  });

  it('detects the same payout booked twice', () => {
    const payout = lastOfType(paidGrant, 'PayoutMade');
    const again = {
      ...payout,
      data: {
        ...payout.data,
        amount: '1.00',
        publicPart: '1.00',
        publicFunderParts: [{ funderId: 'city', amount: '1.00' }],
      },
    };
    expect(() => check([...paidGrant, again])).toThrow('made twice');
  });

  it('detects a split whose parts do not sum to the whole', () => {
    const split = lastOfType(paidGrant, 'PublicContributionSplit');
    const broken = paidGrant.map((event) =>
      event === split
        ? { ...split, data: { ...split.data, parts: [{ funderId: 'city', amount: '89999.99' }] } }
        : event,
    );
    expect(() => check(broken)).toThrow('funder parts sum');
  });

  it('detects a second vote by the same member', () => {
    const vote = lastOfType(paidGrant, 'VoteCast');
    const index = paidGrant.indexOf(vote);
    expect(() => check([...paidGrant.slice(0, index + 1), vote])).toThrow('second vote');
  });

  it('detects an amount written with three decimals', () => {
    const payout = lastOfType(paidGrant, 'PayoutMade');
    const broken = paidGrant.map((event) =>
      event === payout ? { ...payout, data: { ...payout.data, amount: '600.000' } } : event,
    );
    expect(() => check(broken)).toThrow('not a canonical amount');
  });
});
