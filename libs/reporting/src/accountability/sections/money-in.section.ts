/**
 * Money in during the period: private contributions by kind of contributor and by contributor, public
 * money by funder (from the recorded splits), and both pots month by month (by value date) for the chart.
 */
import { CONTRIBUTOR_KINDS, type FundEvent } from '@fund-ledger/domain';
import {
  addAmounts,
  subtractAmounts,
  sumOfAmounts,
  ZERO_AMOUNT,
  type FundEventRecord,
  type FundSummary,
} from '@fund-ledger/projections';
import type {
  ContributorKindTotal,
  ContributorTotal,
  FunderTotal,
  MoneyInSection,
  MonthlyMoneyIn,
} from '../accountability-report.model';
import type { PeriodMonth } from '../report-period';

interface Tally {
  count: number;
  amount: string;
}

function addTo<Key>(tallies: Map<Key, Tally>, key: Key, amount: string): void {
  const tally = tallies.get(key) ?? { count: 0, amount: ZERO_AMOUNT };
  tallies.set(key, { count: tally.count + 1, amount: addAmounts(tally.amount, amount) });
}

export function moneyInSection(
  records: readonly FundEventRecord[],
  months: readonly PeriodMonth[],
  closingSummary: Pick<FundSummary, 'balances'> | null,
): MoneyInSection {
  const byKind = new Map<string, Tally>();
  const byContributor = new Map<string, Tally & { name: string; kind: ContributorTotal['kind'] }>();
  const byFunder = new Map<string, string>();
  const byMonth = new Map<string, { public: string; private: string }>(
    months.map((month) => [month.month, { public: ZERO_AMOUNT, private: ZERO_AMOUNT }]),
  );
  let publicTotal = ZERO_AMOUNT;
  let publicCount = 0;
  for (const { event } of records) {
    if (event.type === 'PrivateContributionRecorded' || event.type === 'PublicContributionRecorded') {
      addToMonth(byMonth.get(event.data.valueDate.slice(0, 7)), event);
    }
    if (event.type === 'PrivateContributionRecorded') {
      const { contributor, amount } = event.data;
      addTo(byKind, contributor.kind, amount);
      addContributor(byContributor, contributor, amount);
    } else if (event.type === 'PublicContributionRecorded') {
      publicTotal = addAmounts(publicTotal, event.data.amount);
      publicCount += 1;
    } else if (event.type === 'PublicContributionSplit') {
      for (const part of event.data.parts) {
        byFunder.set(part.funderId, addAmounts(byFunder.get(part.funderId) ?? ZERO_AMOUNT, part.amount));
      }
    }
  }
  const privateTotal = sumOfAmounts([...byKind.values()].map((tally) => tally.amount));
  const funders = funderTotals(byFunder, closingSummary);
  return {
    total: addAmounts(privateTotal, publicTotal),
    private: {
      total: privateTotal,
      count: [...byKind.values()].reduce((count, tally) => count + tally.count, 0),
      byKind: kindTotals(byKind),
      byContributor: [...byContributor.values()].map(({ name, kind, count, amount }) => ({
        name,
        kind,
        count,
        amount,
      })),
    },
    public: {
      total: publicTotal,
      count: publicCount,
      byFunder: funders,
      notSplit: subtractAmounts(publicTotal, sumOfAmounts(funders.map((funder) => funder.amount))),
    },
    byMonth: [...byMonth.entries()].map(([month, amounts]): MonthlyMoneyIn => ({
      month,
      public: amounts.public,
      private: amounts.private,
    })),
  };
}

function addToMonth(
  month: { public: string; private: string } | undefined,
  event: Extract<FundEvent, { type: 'PrivateContributionRecorded' | 'PublicContributionRecorded' }>,
): void {
  if (month === undefined) return;
  if (event.type === 'PrivateContributionRecorded')
    month.private = addAmounts(month.private, event.data.amount);
  else month.public = addAmounts(month.public, event.data.amount);
}

function addContributor(
  totals: Map<string, Tally & { name: string; kind: ContributorTotal['kind'] }>,
  contributor: { name: string; kind: ContributorTotal['kind'] },
  amount: string,
): void {
  const key = `${contributor.kind}\u0000${contributor.name}`;
  const total = totals.get(key) ?? { ...contributor, count: 0, amount: ZERO_AMOUNT };
  totals.set(key, { ...total, count: total.count + 1, amount: addAmounts(total.amount, amount) });
}

/** In the domain's order of contributor kinds, so that every report lists them alike. */
function kindTotals(byKind: ReadonlyMap<string, Tally>): ContributorKindTotal[] {
  return CONTRIBUTOR_KINDS.flatMap((kind) => {
    const tally = byKind.get(kind);
    return tally === undefined ? [] : [{ kind, count: tally.count, amount: tally.amount }];
  });
}

/** In the order the fund's balances list its funders (configured order, then funders seen later). */
function funderTotals(
  byFunder: ReadonlyMap<string, string>,
  closingSummary: Pick<FundSummary, 'balances'> | null,
): FunderTotal[] {
  const known = closingSummary?.balances.funders ?? [];
  const ordered = known.map((funder) => ({ funderId: funder.funderId, name: funder.name }));
  for (const funderId of byFunder.keys()) {
    if (!ordered.some((funder) => funder.funderId === funderId)) ordered.push({ funderId, name: funderId });
  }
  return ordered.flatMap((funder) => {
    const amount = byFunder.get(funder.funderId);
    return amount === undefined ? [] : [{ ...funder, amount }];
  });
}
