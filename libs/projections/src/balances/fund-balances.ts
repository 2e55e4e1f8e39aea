/**
 * Fund balances: the money of each pot (public, private) and of each public funder, and the figures of
 * each fiscal year, accumulated event by event. Only running totals are kept; what follows from them
 * (available money, matched public money, outstanding repayments) is computed when a query asks, so
 * the stored state is the shortest explanation of the figures.
 *
 * What an event does to money is the domain's `moneyMovementOf`; `FundBalancesFold` books those movements
 * in place and writes the stored `FundBalancesState` when asked.
 */
import {
  EMPTY_YEAR_FIGURES,
  YEAR_FIGURES_OF,
  type FiscalYearClosed,
  type FiscalYearFigures,
  type FunderPart,
  type FundSettings,
  type MoneyMovement,
} from '@fund-ledger/domain';
import { funderPartOf, parseAmountText, ZERO_AMOUNT } from '../shared/amounts';
import { RunningTotals } from '../shared/running-totals';

/** Running totals of one pot or one public funder. */
export interface PotTotals {
  readonly received: string;
  /**
   * Committed by grant notices, in total. The open commitments (granted less paid and released) are
   * derived when asked, so a payout changes one total instead of two.
   */
  readonly granted: string;
  /** Advances and payouts. */
  readonly paid: string;
  /** Commitments given back (recalculation, close, withdrawal, expiry, revocation). */
  readonly released: string;
  /** Repayments demanded from recipients, interest included. */
  readonly repaymentDemanded: string;
  /** Repayments received. */
  readonly refunded: string;
  /** Uncommitted public money given up when a fiscal year closed under the `lapse` policy. */
  readonly lapsed: string;
}

export interface FunderTotals extends PotTotals {
  readonly funderId: string;
  readonly name: string;
}

export interface FiscalYearClosing {
  readonly publicCarriedOver: string;
  readonly privateCarriedOver: string;
  readonly publicLapsed: string;
}

export interface FiscalYearTotals {
  readonly fiscalYear: number;
  readonly publicBudget: string | null;
  readonly closed: boolean;
  readonly figures: FiscalYearFigures;
  readonly closing: FiscalYearClosing | null;
}

export interface FundBalancesState {
  readonly public: PotTotals;
  readonly private: PotTotals;
  /** Every public funder ever configured, in the order first configured; removed funders keep their figures. */
  readonly funders: readonly FunderTotals[];
  /** In ascending order of year. */
  readonly fiscalYears: readonly FiscalYearTotals[];
}

export const EMPTY_POT_TOTALS: PotTotals = {
  received: ZERO_AMOUNT,
  granted: ZERO_AMOUNT,
  paid: ZERO_AMOUNT,
  released: ZERO_AMOUNT,
  repaymentDemanded: ZERO_AMOUNT,
  refunded: ZERO_AMOUNT,
  lapsed: ZERO_AMOUNT,
};

export const EMPTY_BALANCES: FundBalancesState = {
  public: EMPTY_POT_TOTALS,
  private: EMPTY_POT_TOTALS,
  funders: [],
  fiscalYears: [],
};

type PotField = keyof PotTotals;
/** The year figures that are sums; the budget is the amount the budget event recorded. */
type SummedFigure = Exclude<keyof FiscalYearFigures, 'publicBudget'>;

/** Key order of the stored documents. */
const POT_FIELDS = Object.keys(EMPTY_POT_TOTALS) as PotField[];
const SUMMED_FIGURES = (Object.keys(EMPTY_YEAR_FIGURES) as (keyof FiscalYearFigures)[]).filter(
  (field): field is SummedFigure => field !== 'publicBudget',
);

class FunderBalances {
  private written: FunderTotals;
  private readonly totals: RunningTotals<PotField>;
  private changed = false;

  constructor(funder: FunderTotals) {
    this.written = funder;
    this.totals = new RunningTotals(POT_FIELDS, funder);
  }

  get funderId(): string {
    return this.written.funderId;
  }

  rename(name: string): void {
    if (this.written.name !== name) this.written = { ...this.written, name };
  }

  add(field: PotField, amount: string): void {
    if (amount === ZERO_AMOUNT) return;
    this.totals.add(field, parseAmountText(amount));
    this.changed = true;
  }

  write(): FunderTotals {
    if (this.changed) {
      this.changed = false;
      this.written = { funderId: this.written.funderId, name: this.written.name, ...this.totals.write() };
    }
    return this.written;
  }
}

class YearBalances {
  private written: FiscalYearTotals;
  private readonly sums: RunningTotals<SummedFigure>;
  private changed = false;

  constructor(year: FiscalYearTotals) {
    this.written = year;
    this.sums = new RunningTotals(SUMMED_FIGURES, year.figures);
  }

  get fiscalYear(): number {
    return this.written.fiscalYear;
  }

  setBudget(publicBudget: string): void {
    const year = this.write();
    this.written = { ...year, publicBudget, figures: { ...year.figures, publicBudget } };
  }

  close(closing: FiscalYearClosing): void {
    this.written = { ...this.write(), closed: true, closing };
  }

  add(figure: SummedFigure, amount: string): void {
    if (amount === ZERO_AMOUNT) return;
    this.sums.add(figure, parseAmountText(amount));
    this.changed = true;
  }

  write(): FiscalYearTotals {
    if (!this.changed) return this.written;
    this.changed = false;
    const year = this.written;
    const figures = { publicBudget: year.figures.publicBudget, ...this.sums.write() };
    this.written = { ...year, figures };
    return this.written;
  }
}

export function emptyYear(fiscalYear: number): FiscalYearTotals {
  return { fiscalYear, publicBudget: null, closed: false, figures: EMPTY_YEAR_FIGURES, closing: null };
}

/** The balances of one fund as its summary's fold holds them: changed in place, written when stored. */
export class FundBalancesFold {
  private readonly publicPot: RunningTotals<PotField>;
  private readonly privatePot: RunningTotals<PotField>;
  private readonly funders: FunderBalances[];
  private readonly years: YearBalances[];

  constructor(state: FundBalancesState) {
    this.publicPot = new RunningTotals(POT_FIELDS, state.public);
    this.privatePot = new RunningTotals(POT_FIELDS, state.private);
    this.funders = state.funders.map((funder) => new FunderBalances(funder));
    this.years = state.fiscalYears.map((year) => new YearBalances(year));
  }

  /** Keeps every funder ever configured, so money booked to a funder stays visible after a settings change. */
  configureFunders(settings: FundSettings): void {
    for (const configured of settings.publicFunders) {
      const funder = this.funder(configured.funderId);
      if (funder === undefined) this.addFunder(configured.funderId, configured.name);
      else funder.rename(configured.name);
    }
  }

  setBudget(fiscalYear: number, publicBudget: string): void {
    this.year(fiscalYear).setBudget(publicBudget);
  }

  /** Records the year's closing; what lapsed is booked as the event's money movement. */
  closeYear(data: FiscalYearClosed['data']): void {
    this.year(data.fiscalYear).close({
      publicCarriedOver: data.publicCarriedOver,
      privateCarriedOver: data.privateCarriedOver,
      publicLapsed: data.publicLapsed,
    });
  }

  /** Books a movement on both pots, the funders and, where it counts in one, the fiscal year's figures. */
  book(movement: MoneyMovement): void {
    const { kind, publicPart, privatePart, fiscalYear } = movement;
    if (publicPart !== ZERO_AMOUNT) this.publicPot.add(kind, parseAmountText(publicPart));
    if (privatePart !== ZERO_AMOUNT) this.privatePot.add(kind, parseAmountText(privatePart));
    this.bookFunders(movement.publicFunderParts, kind);
    const figures = YEAR_FIGURES_OF[kind];
    if (fiscalYear === null || figures === null) return;
    if (publicPart === ZERO_AMOUNT && privatePart === ZERO_AMOUNT) return;
    const year = this.year(fiscalYear);
    year.add(figures[0] as SummedFigure, publicPart);
    year.add(figures[1] as SummedFigure, privatePart);
  }

  write(): FundBalancesState {
    return {
      public: this.publicPot.write() as PotTotals,
      private: this.privatePot.write() as PotTotals,
      funders: this.funders.map((funder) => funder.write()),
      fiscalYears: this.years.map((year) => year.write()),
    };
  }

  /** Parts of a funder never configured open a funder named by its id. */
  private bookFunders(parts: readonly FunderPart[], field: PotField): void {
    if (parts.length === 0) return;
    for (const part of parts) {
      if (this.funder(part.funderId) === undefined) this.addFunder(part.funderId, part.funderId);
    }
    for (const funder of this.funders) funder.add(field, funderPartOf(parts, funder.funderId));
  }

  private funder(funderId: string): FunderBalances | undefined {
    return this.funders.find((funder) => funder.funderId === funderId);
  }

  private addFunder(funderId: string, name: string): void {
    this.funders.push(new FunderBalances({ funderId, name, ...EMPTY_POT_TOTALS }));
  }

  /** The year, inserted in the order of years when the fund has none yet. */
  private year(fiscalYear: number): YearBalances {
    const index = this.years.findIndex((year) => year.fiscalYear >= fiscalYear);
    const position = index === -1 ? this.years.length : index;
    const existing = this.years[position];
    if (existing !== undefined && existing.fiscalYear === fiscalYear) return existing;
    const inserted = new YearBalances(emptyYear(fiscalYear));
    this.years.splice(position, 0, inserted);
    return inserted;
  }
}
