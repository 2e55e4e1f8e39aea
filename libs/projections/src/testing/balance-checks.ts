/**
 * Checks shared by the property suites (pure, and against real stores): the projection's balances equal
 * the figures recomputed from the events, and equal the domain's own pots.
 */
import { Money, replayFund, type FundEvent } from '@fund-ledger/domain';
import type { FundSummary } from '../fund-projection';
import { fundBalancesReport, type FundBalancesReport, type PotBalance } from '../queries/balances.query';
import { ledgerAccountsReport } from '../queries/ledger.query';
import { emptyTotals, ExpectedFigures, type Totals } from './expected-figures';

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

/** Sum of debits less credits over every account of the ledger: zero when the books balance. */
export function ledgerDifference(summary: FundSummary): Money {
  return summary.ledger.accounts.reduce(
    (sum, account) => sum.plus(account.debit).minus(account.credit),
    new Money(0),
  );
}

export function expectBalancesMatchEvents(summary: FundSummary, fundEvents: readonly FundEvent[]): void {
  const expected = new ExpectedFigures();
  fundEvents.forEach((event) => expected.add(event));
  const balances = fundBalancesReport(summary);
  expectPot(balances.public, expected.public);
  expectPot(balances.private, expected.private);
  for (const funder of balances.funders) {
    expectPot(funder, expected.funders.get(funder.funderId) ?? emptyTotals());
  }
  const bank = ledgerAccountsReport(summary).accounts.find((account) => account.accountId === '1000');
  expect(bank?.balance).toBe(expected.bank.toFixed(2));
  expect(ledgerDifference(summary).toFixed(2)).toBe('0.00');
  expectSameAsDomain(fundEvents, balances.public, balances.private);
  expectFiscalYearsAddUp(balances);
  expectMatching(balances);
}

/** Every euro of the pots is booked to exactly one fiscal year: the years' figures add up to the pots'. */
function expectFiscalYearsAddUp(balances: FundBalancesReport): void {
  const sumOf = (field: keyof FundBalancesReport['fiscalYears'][number]) =>
    balances.fiscalYears.reduce((total, year) => total.plus(year[field] as string), new Money(0)).toFixed(2);
  const yearly = {
    received: [sumOf('publicReceived'), sumOf('privateReceived')],
    granted: [sumOf('publicCommitted'), sumOf('privateCommitted')],
    released: [sumOf('publicReleased'), sumOf('privateReleased')],
    paid: [sumOf('publicPaid'), sumOf('privatePaid')],
    refunded: [sumOf('publicRefunded'), sumOf('privateRefunded')],
  };
  const pots = Object.fromEntries(
    Object.keys(yearly).map((field) => [
      field,
      [balances.public, balances.private].map((pot) => pot[field as keyof typeof yearly]),
    ]),
  );
  expect(yearly).toEqual(pots);
}

/**
 * Matching, checked against what it means rather than recomputed the same way: in the pooled model the
 * matched public money is at most the public money received less what lapsed, keeps the public share
 * of matched plus private money within `publicShareMax` (m), and is the largest such amount in cents.
 * The funders' matched parts add up to it, or to what the funders paid in if that is less. In the
 * per-project model there is nothing to match.
 */
function expectMatching(balances: FundBalancesReport): void {
  if (balances.matchingModel !== 'pooled') {
    expect([balances.public.matched, balances.public.unmatched]).toEqual([null, null]);
    return;
  }
  const share = new Money(balances.publicShareMax);
  const privateReceived = new Money(balances.private.received);
  const publicNet = new Money(balances.public.received).minus(balances.public.lapsed);
  const withinShare = (amount: Money) =>
    amount.times(new Money(1).minus(share)).lte(privateReceived.times(share));
  expect(balances.public.matched).not.toBeNull();
  const matched = new Money(balances.public.matched as string);
  expect(matched.lte(publicNet) && withinShare(matched)).toBe(true);
  expect(matched.eq(publicNet) || !withinShare(matched.plus('0.01'))).toBe(true);
  expect(balances.public.unmatched).toBe(publicNet.minus(matched).toFixed(2));
  if (balances.funders.length === 0) return;
  const paidIn = balances.funders.reduce(
    (total, funder) => total.plus(Money.max(new Money(funder.received).minus(funder.lapsed), 0)),
    new Money(0),
  );
  const parts = balances.funders.reduce((total, funder) => total.plus(funder.matched ?? '0'), new Money(0));
  expect(parts.toFixed(2)).toBe(Money.min(matched, paidIn).toFixed(2));
}

/** The domain's decider keeps its own pots; the projection must agree with them figure by figure. */
function expectSameAsDomain(
  fundEvents: readonly FundEvent[],
  publicPot: PotBalance,
  privatePot: PotBalance,
): void {
  const state = replayFund(fundEvents.map((event, index) => ({ event, commandId: `replayed-${index}` })));
  for (const [reported, domain] of [
    [publicPot, state.publicPot],
    [privatePot, state.privatePot],
  ] as const) {
    const { received, committed, paid, refunded, lapsed } = reported;
    expect({ received, committed, paid, refunded, lapsed }).toEqual(domain);
  }
}
