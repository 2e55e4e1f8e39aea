/**
 * Goal: for random realistic histories (generated through the domain's decider), the general ledger's
 * trial balance is zero after every single event, and the balances the projection reports equal sums
 * recomputed directly from the events in this test, and the domain's own fold of the same events.
 */
import fc from 'fast-check';
import { Money, replayFund, type FundEvent, type FunderPart, type MoneySplit } from '@fund-ledger/domain';
import type { RecordedEvent } from '@fund-ledger/event-store';
import { evolveFundProjection, initialFundProjection, type FundProjection } from './fund-projection';
import { fundBalancesReport, type PotBalance } from './queries/balances.query';
import { ledgerAccountsReport } from './queries/ledger.query';
import { seededChoices } from './testing/choices';
import { generateFundEvents } from './testing/fund-history.generator';
import { recordEvents } from './testing/recorded-events';
import { requireSummary } from './testing/fold';

type Totals = Record<
  'received' | 'committed' | 'paid' | 'released' | 'repaymentDemanded' | 'refunded' | 'lapsed',
  Money
>;

function emptyTotals(): Totals {
  const zero = new Money(0);
  return {
    received: zero,
    committed: zero,
    paid: zero,
    released: zero,
    repaymentDemanded: zero,
    refunded: zero,
    lapsed: zero,
  };
}

/** The figures recomputed straight from the events, without any code of the projection. */
class ExpectedFigures {
  readonly public = emptyTotals();
  readonly private = emptyTotals();
  readonly funders = new Map<string, Totals>();
  bank = new Money(0);

  private funder(funderId: string): Totals {
    const totals = this.funders.get(funderId) ?? emptyTotals();
    this.funders.set(funderId, totals);
    return totals;
  }

  private addParts(field: keyof Totals, parts: readonly FunderPart[], sign = 1): void {
    for (const part of parts) {
      const totals = this.funder(part.funderId);
      totals[field] = totals[field].plus(new Money(part.amount).times(sign));
    }
  }

  private addSplit(field: keyof Totals, split: MoneySplit, sign = 1): void {
    this.public[field] = this.public[field].plus(new Money(split.publicPart).times(sign));
    this.private[field] = this.private[field].plus(new Money(split.privatePart).times(sign));
    this.addParts(field, split.publicFunderParts, sign);
  }

  add(event: FundEvent): void {
    switch (event.type) {
      case 'PublicContributionRecorded':
        this.public.received = this.public.received.plus(event.data.amount);
        this.bank = this.bank.plus(event.data.amount);
        return;
      case 'PrivateContributionRecorded':
        this.private.received = this.private.received.plus(event.data.amount);
        this.bank = this.bank.plus(event.data.amount);
        return;
      case 'PublicContributionSplit':
        return this.addParts('received', event.data.parts);
      case 'GrantNoticeIssued':
        return this.addSplit('committed', event.data);
      case 'AdvancePaid':
      case 'PayoutMade':
        this.addSplit('committed', event.data, -1);
        this.addSplit('paid', event.data);
        this.bank = this.bank.minus(event.data.amount);
        return;
      case 'GrantCommitmentReleased':
        this.addSplit('committed', event.data, -1);
        return this.addSplit('released', event.data);
      case 'RepaymentDemanded':
        return this.addSplit('repaymentDemanded', event.data);
      case 'RepaymentReceived':
        this.addSplit('refunded', event.data);
        this.bank = this.bank.plus(event.data.amount);
        return;
      case 'FiscalYearClosed':
        this.public.lapsed = this.public.lapsed.plus(event.data.publicLapsed);
        return this.addParts('lapsed', event.data.publicLapsedFunderParts);
      default:
        return;
    }
  }
}

function expectPot(reported: PotBalance, expected: Totals): void {
  for (const field of Object.keys(expected) as (keyof Totals)[]) {
    expect(`${field} ${reported[field]}`).toBe(`${field} ${expected[field].toFixed(2)}`);
  }
  const available = expected.received
    .plus(expected.refunded)
    .minus(expected.lapsed)
    .minus(expected.committed)
    .minus(expected.paid);
  expect(reported.available).toBe(available.toFixed(2));
}

function ledgerDifference(projection: FundProjection): Money {
  const accounts = requireSummary(projection).ledger.accounts;
  return Object.values(accounts).reduce(
    (sum, account) => sum.plus(account.debit).minus(account.credit),
    new Money(0),
  );
}

/** Folds the events, checking the trial balance after each one, then compares every balance. */
function checkHistory(fundEvents: readonly FundEvent[]): void {
  const recorded: RecordedEvent[] = recordEvents(fundEvents);
  const expected = new ExpectedFigures();
  let projection = initialFundProjection();
  for (const event of recorded) {
    projection = evolveFundProjection(projection, event);
    expect(ledgerDifference(projection).toFixed(2)).toBe('0.00');
  }
  fundEvents.forEach((event) => expected.add(event));
  const summary = requireSummary(projection);
  const balances = fundBalancesReport(summary);
  expectPot(balances.public, expected.public);
  expectPot(balances.private, expected.private);
  for (const funder of balances.funders)
    expectPot(funder, expected.funders.get(funder.funderId) ?? emptyTotals());
  const bank = ledgerAccountsReport(summary).accounts.find((account) => account.accountId === '1000');
  expect(bank?.balance).toBe(expected.bank.toFixed(2));
  expectSameAsDomain(fundEvents, balances.public, balances.private);
}

/** The domain's decider keeps its own pots; the projection must agree with them figure by figure. */
function expectSameAsDomain(
  fundEvents: readonly FundEvent[],
  publicPot: PotBalance,
  privatePot: PotBalance,
): void {
  const state = replayFund(fundEvents.map((event, index) => ({ event, commandId: `c${index}` })));
  for (const [reported, domain] of [
    [publicPot, state.publicPot],
    [privatePot, state.privatePot],
  ] as const) {
    expect({
      received: reported.received,
      committed: reported.committed,
      paid: reported.paid,
      refunded: reported.refunded,
      lapsed: reported.lapsed,
    }).toEqual(domain);
  }
}

describe('projection properties over random histories', () => {
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
