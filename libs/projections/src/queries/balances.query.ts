/**
 * The balances report: per pot, per public funder and per fiscal year, with the figures that follow
 * from the running totals. Definitions (also in docs/chart-of-accounts.md):
 *
 * - committed = granted - paid - released (the open commitments: granted, not yet paid);
 * - available = received + refunded - lapsed - committed - paid (what new grants can use);
 * - repayment outstanding = repayments demanded - refunded;
 * - matched (pooled model) = the public money that private money received matches: with a public
 *   share cap m, each private euro matches m / (1 - m) public euros (all public money when m = 1),
 *   at most the public money received less what lapsed; unmatched is the rest of that public money.
 *   A funder's matched part is the pot's matched money split in proportion to what the funder
 *   contributed (net of lapses), to the cent, by the largest-remainder rule.
 */
import {
  allocateByWeights,
  availableOf,
  floorToCent,
  Money,
  type FiscalYearFigures,
  type MatchingModel,
  type PotFigures,
} from '@fund-ledger/domain';
import type { FiscalYearClosing, FundBalancesState, PotTotals } from '../balances/fund-balances';
import type { FundSummary } from '../fund-projection';
import { ZERO_AMOUNT } from '../shared/amounts';
import type { ProjectionPoint } from '../shared/fund-event-record';

export interface PotBalance extends PotTotals {
  readonly committed: string;
  readonly repaymentOutstanding: string;
  readonly available: string;
  /** Pooled model only: public money matched by private money received; null otherwise and for the private pot. */
  readonly matched: string | null;
  readonly unmatched: string | null;
}

export interface FunderBalance extends PotBalance {
  readonly funderId: string;
  readonly name: string;
  /** The funder's share in the current settings; null for a funder no longer configured. */
  readonly share: string | null;
}

export interface FiscalYearBalance extends FiscalYearFigures {
  readonly fiscalYear: number;
  readonly budgetSet: boolean;
  readonly closed: boolean;
  readonly closing: FiscalYearClosing | null;
}

export interface FundBalancesReport {
  readonly fundId: string;
  readonly name: string;
  readonly status: FundSummary['status'];
  readonly matchingModel: MatchingModel;
  readonly publicShareMax: string;
  readonly lastEvent: ProjectionPoint;
  readonly public: PotBalance;
  readonly private: PotBalance;
  readonly funders: readonly FunderBalance[];
  readonly fiscalYears: readonly FiscalYearBalance[];
}

export function committedOf(pot: PotTotals): Money {
  return new Money(pot.granted).minus(pot.paid).minus(pot.released);
}

/** A pot's running totals as the fund's own pot figures, whose available money the domain defines. */
export function potFiguresOf(pot: PotTotals): PotFigures {
  return { ...pot, committed: committedOf(pot).toFixed(2) };
}

/** Public money received and not lapsed: what matching is measured against. */
function publicNetOf(pot: PotTotals): Money {
  return new Money(pot.received).minus(pot.lapsed);
}

/** Public money matched by the private money received (pooled model), as defined in the module comment. */
export function matchedPublicOf(balances: FundBalancesState, publicShareMax: string): Money {
  const share = new Money(publicShareMax);
  const publicNet = publicNetOf(balances.public);
  if (share.gte(1)) return publicNet;
  const matchable = floorToCent(
    new Money(balances.private.received).times(share).dividedBy(new Money(1).minus(share)),
  );
  return Money.min(publicNet, matchable);
}

function potBalance(pot: PotTotals, matched: Money | null): PotBalance {
  return {
    ...pot,
    committed: committedOf(pot).toFixed(2),
    repaymentOutstanding: new Money(pot.repaymentDemanded).minus(pot.refunded).toFixed(2),
    available: availableOf(potFiguresOf(pot)).toFixed(2),
    matched: matched === null ? null : matched.toFixed(2),
    unmatched: matched === null ? null : publicNetOf(pot).minus(matched).toFixed(2),
  };
}

export function fundBalancesReport(summary: FundSummary): FundBalancesReport {
  const { balances, settings } = summary;
  const pooled = settings.matchingModel === 'pooled';
  const matched = pooled ? matchedPublicOf(balances, settings.publicShareMax) : null;
  return {
    fundId: summary.fundId,
    name: summary.name,
    status: summary.status,
    matchingModel: settings.matchingModel,
    publicShareMax: settings.publicShareMax,
    lastEvent: summary.lastEvent,
    public: potBalance(balances.public, matched),
    private: potBalance(balances.private, null),
    funders: funderBalances(summary, matched),
    fiscalYears: fiscalYearBalances(balances),
  };
}

function funderBalances(summary: FundSummary, matched: Money | null): FunderBalance[] {
  const { funders } = summary.balances;
  if (funders.length === 0) return [];
  const matchedParts = matched === null ? null : matchedPerFunder(matched, funders);
  return funders.map((funder, index) => {
    const configured = summary.settings.publicFunders.find(
      (candidate) => candidate.funderId === funder.funderId,
    );
    const { funderId, name, ...totals } = funder;
    return {
      funderId,
      name,
      share: configured?.share ?? null,
      ...potBalance(totals, matchedParts === null ? null : (matchedParts[index] ?? new Money(0))),
    };
  });
}

/**
 * Splits the matched money among funders by their net contributions. Right after a public contribution
 * and before its split is recorded, the funders' contributions sum to less than the pot's; then only
 * what they contributed is split, so no funder is ever shown more matched money than it paid in.
 */
function matchedPerFunder(matched: Money, funders: FundBalancesState['funders']): Money[] {
  const weights = funders.map((funder) => Money.max(publicNetOf(funder), 0));
  const totalWeight = weights.reduce((total, weight) => total.plus(weight), new Money(0));
  return allocateByWeights(Money.min(matched, totalWeight), weights);
}

function fiscalYearBalances(balances: FundBalancesState): FiscalYearBalance[] {
  return balances.fiscalYears.map((year) => ({
    fiscalYear: year.fiscalYear,
    budgetSet: year.publicBudget !== null,
    closed: year.closed,
    ...year.figures,
    publicBudget: year.publicBudget ?? ZERO_AMOUNT,
    closing: year.closing,
  }));
}
