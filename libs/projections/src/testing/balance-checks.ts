/**
 * Checks shared by the property suites (pure, and against real stores): the projection's balances equal
 * the figures recomputed from the events, and equal the domain's own pots.
 */
import { Money, replayFund, type FundEvent } from '@fund-ledger/domain';
import type { FundSummary } from '../fund-projection';
import { fundBalancesReport, type PotBalance } from '../queries/balances.query';
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
