/**
 * Goal: for random realistic histories (generated through the domain's decider: the domain's own
 * fast-check scenarios, which shrink to a minimal failing history, and the projections' long seeded
 * histories), the general ledger's trial balance is zero after every single event, and the balances
 * the projection reports equal sums recomputed directly from the events in this test (per pot, per
 * funder, per fiscal year, matched and unmatched), and the domain's own fold of the same events.
 */
import fc from 'fast-check';
import type { FundEvent } from '@fund-ledger/domain';
import { fundHistoryArbitrary } from '@fund-ledger/domain/testing/fund.arbitraries';
import { evolveFundProjection, initialFundProjection } from './fund-projection';
import { expectBalancesMatchEvents, ledgerDifference } from './testing/balance-checks';
import { seededChoices } from './testing/choices';
import { requireSummary } from './testing/fold';
import { generateFundEvents } from './testing/fund-history.generator';
import { recordEvents } from './testing/recorded-events';

/** Folds the events, checking the trial balance after each one, then compares every balance. */
function checkHistory(fundEvents: readonly FundEvent[]): void {
  let projection = initialFundProjection();
  for (const event of recordEvents(fundEvents)) {
    projection = evolveFundProjection(projection, event);
    expect(ledgerDifference(requireSummary(projection)).toFixed(2)).toBe('0.00');
  }
  expectBalancesMatchEvents(requireSummary(projection), fundEvents);
}

describe('projection properties over random histories', () => {
  test("the domain's random histories: trial balance zero after every event, balances equal the events' sums", () => {
    fc.assert(
      fc.property(fundHistoryArbitrary({ mayCloseFund: true }), (history) => {
        checkHistory(history.envelopes.map((envelope) => envelope.event));
      }),
      { numRuns: 60 },
    );
  });

  test('trial balance zero after every event and balances equal the sums of the events', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 20, max: 400 }), (seed, steps) => {
        checkHistory(generateFundEvents('random-fund', seededChoices(seed), steps));
      }),
      { numRuns: 50 },
    );
  });

  test.each([1, 2, 3])('a long history (seed %i) keeps the same properties', (seed) => {
    const fundEvents = generateFundEvents(`long-fund-${seed}`, seededChoices(seed), 2000);
    expect(fundEvents.length).toBeGreaterThan(1000);
    checkHistory(fundEvents);
  });
});
