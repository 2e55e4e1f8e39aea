/**
 * The reconciliation of available money per pot and per public funder: what was available when the
 * period started, what came in and went out during it (summed from the period's events), and what was
 * available at its end (from the projections' balances). The two sources meet in the identity
 * `availableAtEnd = availableAtStart + received + refunded - lapsed - granted + released`, which the
 * tests check, so an error in either shows.
 */
import type { FundEvent, FunderPart, MoneySplit } from '@fund-ledger/domain';
import {
  addAmounts,
  fundBalancesReport,
  isZeroAmount,
  ZERO_AMOUNT,
  type FundBalancesReport,
  type PotBalance,
} from '@fund-ledger/projections';
import type {
  BalancesSection,
  FunderReconciliation,
  PotReconciliation,
} from '../accountability-report.model';
import type { FundSnapshot } from '../fund-fold';

type FlowField = 'received' | 'refunded' | 'lapsed' | 'granted' | 'released' | 'paid';
type Flows = Record<FlowField, string>;

const NO_FLOWS: Flows = {
  received: ZERO_AMOUNT,
  refunded: ZERO_AMOUNT,
  lapsed: ZERO_AMOUNT,
  granted: ZERO_AMOUNT,
  released: ZERO_AMOUNT,
  paid: ZERO_AMOUNT,
};

/** The flows of the period, per pot and per funder, accumulated event by event. */
class PeriodFlows {
  readonly public: Flows = { ...NO_FLOWS };
  readonly private: Flows = { ...NO_FLOWS };
  readonly funders = new Map<string, Flows>();

  add(event: FundEvent): void {
    switch (event.type) {
      case 'PrivateContributionRecorded':
        return this.addPot(this.private, 'received', event.data.amount);
      case 'PublicContributionRecorded':
        return this.addPot(this.public, 'received', event.data.amount);
      case 'PublicContributionSplit':
        return this.addFunders(event.data.parts, 'received');
      case 'GrantNoticeIssued':
        return this.addSplit(event.data, 'granted');
      case 'AdvancePaid':
      case 'PayoutMade':
        return this.addSplit(event.data, 'paid');
      case 'GrantCommitmentReleased':
        return this.addSplit(event.data, 'released');
      case 'RepaymentReceived':
        return this.addSplit(event.data, 'refunded');
      case 'FiscalYearClosed':
        this.addPot(this.public, 'lapsed', event.data.publicLapsed);
        return this.addFunders(event.data.publicLapsedFunderParts, 'lapsed');
      default:
        return;
    }
  }

  funder(funderId: string): Flows {
    return this.funders.get(funderId) ?? NO_FLOWS;
  }

  private addSplit(split: MoneySplit, field: FlowField): void {
    this.addPot(this.public, field, split.publicPart);
    this.addPot(this.private, field, split.privatePart);
    this.addFunders(split.publicFunderParts, field);
  }

  private addPot(flows: Flows, field: FlowField, amount: string): void {
    flows[field] = addAmounts(flows[field], amount);
  }

  private addFunders(parts: readonly FunderPart[], field: FlowField): void {
    for (const part of parts) {
      const flows = this.funders.get(part.funderId) ?? { ...NO_FLOWS };
      this.addPot(flows, field, part.amount);
      this.funders.set(part.funderId, flows);
    }
  }
}

const NO_STOCK: Pick<PotBalance, 'available' | 'committed' | 'repaymentOutstanding'> = {
  available: ZERO_AMOUNT,
  committed: ZERO_AMOUNT,
  repaymentOutstanding: ZERO_AMOUNT,
};

function balancesOf(snapshot: FundSnapshot): FundBalancesReport | null {
  return snapshot.summary === null ? null : fundBalancesReport(snapshot.summary);
}

function reconciliation(
  opening: Pick<PotBalance, 'available' | 'committed'>,
  closing: Pick<PotBalance, 'available' | 'committed' | 'repaymentOutstanding'>,
  flows: Flows,
): PotReconciliation {
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
