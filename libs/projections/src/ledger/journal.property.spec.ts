/**
 * Goal: for random realistic histories, every journal entry balances and leaves out lines of zero, and
 * the general ledger holds on every account the turnover the chart of accounts says it holds
 * (docs/chart-of-accounts.md), stated here from sums recomputed straight from the events: the bank
 * takes in contributions and repayments received and pays out advances and payouts, grants payable
 * take in what was granted and give out what was paid and released, and so on for every account.
 */
import fc from 'fast-check';
import { Money, type FundEvent } from '@fund-ledger/domain';
import { fundHistoryArbitrary } from '@fund-ledger/domain/testing/fund.arbitraries';
import { seededChoices } from '../testing/choices';
import { ExpectedFigures, type Totals } from '../testing/expected-figures';
import { foldProjection, requireSummary } from '../testing/fold';
import { generateFundEvents } from '../testing/fund-history.generator';
import { recordEvents } from '../testing/recorded-events';
import { ACCOUNT, accountId } from './chart-of-accounts';
import type { LedgerAccount } from './general-ledger';
import { postingsOf } from './journal';

interface Turnover {
  readonly debit: Money;
  readonly credit: Money;
}

const ZERO = new Money(0);

/** Granted by grant notices, in total: what is still committed plus what was paid and released. */
function grantedOf(totals: Totals): Money {
  return totals.committed.plus(totals.paid).plus(totals.released);
}

/** The turnover of each account as the chart of accounts defines it, from the sums of the events. */
function expectedTurnovers(expected: ExpectedFigures): Map<string, Turnover> {
  const pots = [expected.public, expected.private];
  const sum = (field: keyof Totals) => pots.reduce((total, pot) => total.plus(pot[field]), ZERO);
  const funders = [...expected.funders.entries()];
  const splitAmong = funders.reduce((total, [, funder]) => total.plus(funder.received), ZERO);
  const privatePot = expected.private;
  const turnovers = new Map<string, Turnover>([
    [ACCOUNT.bank, { debit: sum('received').plus(sum('refunded')), credit: sum('paid') }],
    [
      ACCOUNT.repaymentsReceivablePrivate,
      { debit: privatePot.repaymentDemanded, credit: privatePot.refunded },
    ],
    [
      ACCOUNT.grantsPayablePrivate,
      { debit: privatePot.paid.plus(privatePot.released), credit: grantedOf(privatePot) },
    ],
    [ACCOUNT.privateContributions, { debit: ZERO, credit: privatePot.received }],
    [ACCOUNT.publicContributionsAwaitingSplit, { debit: splitAmong, credit: expected.public.received }],
    [ACCOUNT.repaymentsPrivate, { debit: ZERO, credit: privatePot.repaymentDemanded }],
    [ACCOUNT.grantsPrivate, { debit: grantedOf(privatePot), credit: privatePot.released }],
  ]);
  for (const [funderId, funder] of funders) {
    const perFunder: [string, Turnover][] = [
      [ACCOUNT.repaymentsReceivablePublic, { debit: funder.repaymentDemanded, credit: funder.refunded }],
      [ACCOUNT.grantsPayablePublic, { debit: funder.paid.plus(funder.released), credit: grantedOf(funder) }],
      [ACCOUNT.lapsedPublicDue, { debit: ZERO, credit: funder.lapsed }],
      [ACCOUNT.publicContributions, { debit: funder.lapsed, credit: funder.received }],
      [ACCOUNT.repaymentsPublic, { debit: ZERO, credit: funder.repaymentDemanded }],
      [ACCOUNT.grantsPublic, { debit: grantedOf(funder), credit: funder.released }],
    ];
    for (const [code, turnover] of perFunder) turnovers.set(accountId(code, funderId), turnover);
  }
  return turnovers;
}

/** The accounts with turnover, sorted by id, as the ledger lists them. */
function expectedAccounts(fundEvents: readonly FundEvent[]): LedgerAccount[] {
  const expected = new ExpectedFigures();
  fundEvents.forEach((event) => expected.add(event));
  return [...expectedTurnovers(expected).entries()]
    .filter(([, turnover]) => !turnover.debit.isZero() || !turnover.credit.isZero())
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, turnover]) => ({
      accountId: id,
      debit: turnover.debit.toFixed(2),
      credit: turnover.credit.toFixed(2),
    }));
}

function expectEntryBalances(event: FundEvent): void {
  let debits = ZERO;
  let credits = ZERO;
  for (const line of postingsOf(event)) {
    expect(new Money(line.amount).isZero()).toBe(false);
    if (line.side === 'debit') debits = debits.plus(line.amount);
    else credits = credits.plus(line.amount);
  }
  expect(`${event.type}: debits ${debits.toFixed(2)}`).toBe(`${event.type}: debits ${credits.toFixed(2)}`);
}

function checkHistory(fundEvents: readonly FundEvent[]): void {
  fundEvents.forEach(expectEntryBalances);
  const summary = requireSummary(foldProjection(recordEvents(fundEvents)));
  expect(summary.ledger.accounts).toEqual(expectedAccounts(fundEvents));
  const entries = fundEvents.filter((event) => postingsOf(event).length > 0);
  expect(summary.ledger.entryCount).toBe(entries.length);
}

describe('the journal over random histories', () => {
  test("the domain's random histories: balanced entries, and each account's turnover as the chart defines it", () => {
    fc.assert(
      fc.property(fundHistoryArbitrary({ mayCloseFund: true }), (history) => {
        checkHistory(history.envelopes.map((envelope) => envelope.event));
      }),
      { numRuns: 60 },
    );
  });

  test("long seeded histories: balanced entries, and each account's turnover as the chart defines it", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 50, max: 600 }), (seed, steps) => {
        checkHistory(generateFundEvents('journal-fund', seededChoices(seed), steps));
      }),
      { numRuns: 30 },
    );
  });
});
