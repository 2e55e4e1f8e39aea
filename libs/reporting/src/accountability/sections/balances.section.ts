/**
 * The reconciliation of the money per pot and per public funder: what was available, committed and
 * owed when the period started, what came in and went out during it (summed from the period's events),
 * and what was available, committed and owed at its end (from the projections' balances). The two
 * sources meet in the three identities of `PotReconciliation`, which the tests check, so an error in
 * either shows.
 */
import {
  isZeroAmount,
  moneyMovementOf,
  type FundEvent,
  type FunderPart,
  type MoneyMovementKind,
} from '@fund-ledger/domain';
import {
  fundBalancesReport,
  ZERO_AMOUNT,
  type FundBalancesReport,
  type PotBalance,
} from '@fund-ledger/projections';
import type {
  BalancesSection,
  FunderReconciliation,
  PotReconciliation,
} from '../accountability-report.model';
import { AmountTotal } from '../amount-total';
import type { FundSnapshot } from '../fund-fold';

/** What moved during the period, by kind of money movement. */
type Flows = Record<MoneyMovementKind, string>;
type FlowTotals = Record<MoneyMovementKind, AmountTotal>;

const FLOW_KINDS: readonly MoneyMovementKind[] = [
  'received',
  'refunded',
  'lapsed',
  'granted',
  'released',
  'paid',
  'repaymentDemanded',
];

function newFlowTotals(): FlowTotals {
  return {
    received: new AmountTotal(),
    refunded: new AmountTotal(),
    lapsed: new AmountTotal(),
    granted: new AmountTotal(),
    released: new AmountTotal(),
    paid: new AmountTotal(),
    repaymentDemanded: new AmountTotal(),
  };
}

function flowsOf(totals: FlowTotals | undefined): Flows {
  const flows = {} as Flows;
  for (const kind of FLOW_KINDS) flows[kind] = totals === undefined ? ZERO_AMOUNT : totals[kind].amount;
  return flows;
}

/** The flows of the period, per pot and per funder: the money movements of its events, booked one by one. */
class PeriodFlows {
  private readonly publicTotals = newFlowTotals();
  private readonly privateTotals = newFlowTotals();
  private readonly funderTotals = new Map<string, FlowTotals>();

  add(event: FundEvent): void {
    const movement = moneyMovementOf(event);
    if (movement === null) return;
    this.publicTotals[movement.kind].add(movement.publicPart);
    this.privateTotals[movement.kind].add(movement.privatePart);
    this.addFunders(movement.publicFunderParts, movement.kind);
  }

  get public(): Flows {
    return flowsOf(this.publicTotals);
  }

  get private(): Flows {
    return flowsOf(this.privateTotals);
  }

  funder(funderId: string): Flows {
    return flowsOf(this.funderTotals.get(funderId));
  }

  private addFunders(parts: readonly FunderPart[], kind: MoneyMovementKind): void {
    for (const part of parts) {
      let totals = this.funderTotals.get(part.funderId);
      if (totals === undefined) {
        totals = newFlowTotals();
        this.funderTotals.set(part.funderId, totals);
      }
      totals[kind].add(part.amount);
    }
  }
}

/** What a pot or funder holds, is committed to and is owed at one moment. */
type Stocks = Pick<PotBalance, 'available' | 'committed' | 'repaymentOutstanding'>;

const NO_STOCK: Stocks = {
  available: ZERO_AMOUNT,
  committed: ZERO_AMOUNT,
  repaymentOutstanding: ZERO_AMOUNT,
};

function balancesOf(snapshot: FundSnapshot): FundBalancesReport | null {
  return snapshot.summary === null ? null : fundBalancesReport(snapshot.summary);
}

function reconciliation(opening: Stocks, closing: Stocks, flows: Flows): PotReconciliation {
  return {
    availableAtStart: opening.available,
    received: flows.received,
    refunded: flows.refunded,
    lapsed: flows.lapsed,
    granted: flows.granted,
    released: flows.released,
    availableAtEnd: closing.available,
    openCommitmentsAtStart: opening.committed,
    openCommitmentsAtEnd: closing.committed,
    paid: flows.paid,
    repaymentOutstandingAtStart: opening.repaymentOutstanding,
    repaymentDemanded: flows.repaymentDemanded,
    repaymentOutstandingAtEnd: closing.repaymentOutstanding,
  };
}

function isAllZero(row: PotReconciliation): boolean {
  return Object.values(row).every((amount) => isZeroAmount(amount));
}

export function balancesSection(
  opening: FundSnapshot,
  closing: FundSnapshot,
  periodEvents: readonly FundEvent[],
): BalancesSection {
  const flows = new PeriodFlows();
  for (const event of periodEvents) flows.add(event);
  const start = balancesOf(opening);
  const end = balancesOf(closing);
  const funders: FunderReconciliation[] = [];
  for (const funder of end?.funders ?? []) {
    const atStart = start?.funders.find((candidate) => candidate.funderId === funder.funderId);
    const row = reconciliation(atStart ?? NO_STOCK, funder, flows.funder(funder.funderId));
    if (!isAllZero(row)) funders.push({ funderId: funder.funderId, name: funder.name, ...row });
  }
  return {
    public: reconciliation(start?.public ?? NO_STOCK, end?.public ?? NO_STOCK, flows.public),
    private: reconciliation(start?.private ?? NO_STOCK, end?.private ?? NO_STOCK, flows.private),
    funders,
  };
}
