/**
 * Fund balances: the money of each pot (public, private) and of each public funder, and the figures of
 * each fiscal year, accumulated event by event. Only running totals are kept; what follows from them
 * (available money, matched public money, outstanding repayments) is computed when a query asks, so
 * the stored state is the shortest explanation of the figures.
 */
import type {
  FiscalYearClosed,
  FiscalYearFigures,
  FundEvent,
  FunderPart,
  FundSettings,
  MoneySplit,
} from '@fund-ledger/domain';
import { addAmounts, funderPartOf, ZERO_AMOUNT } from '../shared/amounts';

/** Running totals of one pot or one public funder. */
export interface PotTotals {
  readonly received: string;
  /** Granted and not yet paid or released: the open commitments. */
  readonly committed: string;
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
  /** Keyed by the year as a string, so the state stays plain JSON. */
  readonly fiscalYears: Readonly<Record<string, FiscalYearTotals>>;
}

export const EMPTY_POT_TOTALS: PotTotals = {
  received: ZERO_AMOUNT,
  committed: ZERO_AMOUNT,
  paid: ZERO_AMOUNT,
  released: ZERO_AMOUNT,
  repaymentDemanded: ZERO_AMOUNT,
  refunded: ZERO_AMOUNT,
  lapsed: ZERO_AMOUNT,
};

const EMPTY_YEAR_FIGURES: FiscalYearFigures = {
  publicBudget: ZERO_AMOUNT,
  publicReceived: ZERO_AMOUNT,
  privateReceived: ZERO_AMOUNT,
  publicCommitted: ZERO_AMOUNT,
  privateCommitted: ZERO_AMOUNT,
  publicReleased: ZERO_AMOUNT,
  privateReleased: ZERO_AMOUNT,
  publicPaid: ZERO_AMOUNT,
  privatePaid: ZERO_AMOUNT,
  publicRefunded: ZERO_AMOUNT,
  privateRefunded: ZERO_AMOUNT,
};

export const EMPTY_BALANCES: FundBalancesState = {
  public: EMPTY_POT_TOTALS,
  private: EMPTY_POT_TOTALS,
  funders: [],
  fiscalYears: {},
};

type PotField = keyof PotTotals;
type Movement = Partial<Record<PotField, string>>;

export function evolveFundBalances(state: FundBalancesState, event: FundEvent): FundBalancesState {
  switch (event.type) {
    case 'FundOpened':
    case 'FundSettingsChanged':
      return withConfiguredFunders(state, event.data.settings);
    case 'FiscalYearBudgetSet':
      return setBudget(state, event.data.fiscalYear, event.data.publicBudget);
    case 'FiscalYearClosed':
      return closeYear(state, event.data);
    case 'PrivateContributionRecorded':
      return book(state, { private: { received: event.data.amount } }, event.data.fiscalYear, {
        privateReceived: event.data.amount,
      });
    case 'PublicContributionRecorded':
      return book(state, { public: { received: event.data.amount } }, event.data.fiscalYear, {
        publicReceived: event.data.amount,
      });
    case 'PublicContributionSplit':
      return { ...state, funders: bookFunders(state.funders, event.data.parts, 'received') };
    case 'GrantNoticeIssued':
      return bookSplit(state, event.data, { committed: 1 }, event.data.fiscalYear, 'Committed');
    case 'AdvancePaid':
    case 'PayoutMade':
      return bookSplit(state, event.data, { committed: -1, paid: 1 }, event.data.fiscalYear, 'Paid');
    case 'GrantCommitmentReleased':
      return bookSplit(state, event.data, { committed: -1, released: 1 }, event.data.fiscalYear, 'Released');
    case 'RepaymentDemanded':
      return bookSplit(state, event.data, { repaymentDemanded: 1 }, null, null);
    case 'RepaymentReceived':
      return bookSplit(state, event.data, { refunded: 1 }, event.data.fiscalYear, 'Refunded');
    default:
      return state;
  }
}

/** Keeps every funder ever configured, so money booked to a funder stays visible after a settings change. */
function withConfiguredFunders(state: FundBalancesState, settings: FundSettings): FundBalancesState {
  const renamed = state.funders.map((funder) => {
    const configured = settings.publicFunders.find((candidate) => candidate.funderId === funder.funderId);
    return configured === undefined || configured.name === funder.name
      ? funder
      : { ...funder, name: configured.name };
  });
  const added = settings.publicFunders
    .filter((configured) => !state.funders.some((funder) => funder.funderId === configured.funderId))
    .map((configured): FunderTotals => ({
      funderId: configured.funderId,
      name: configured.name,
      ...EMPTY_POT_TOTALS,
    }));
  return { ...state, funders: [...renamed, ...added] };
}

function yearOf(state: FundBalancesState, fiscalYear: number): FiscalYearTotals {
  return (
    state.fiscalYears[String(fiscalYear)] ?? {
      fiscalYear,
      publicBudget: null,
      closed: false,
      figures: EMPTY_YEAR_FIGURES,
      closing: null,
    }
  );
}

function withYear(state: FundBalancesState, year: FiscalYearTotals): FundBalancesState {
  return { ...state, fiscalYears: { ...state.fiscalYears, [String(year.fiscalYear)]: year } };
}

function setBudget(state: FundBalancesState, fiscalYear: number, publicBudget: string): FundBalancesState {
  const year = yearOf(state, fiscalYear);
  return withYear(state, { ...year, publicBudget, figures: { ...year.figures, publicBudget } });
}

function closeYear(state: FundBalancesState, data: FiscalYearClosed['data']): FundBalancesState {
  const year = yearOf(state, data.fiscalYear);
  const closed = withYear(state, {
    ...year,
    closed: true,
    closing: {
      publicCarriedOver: data.publicCarriedOver,
      privateCarriedOver: data.privateCarriedOver,
      publicLapsed: data.publicLapsed,
    },
  });
  return {
    ...closed,
    public: movePot(closed.public, { lapsed: data.publicLapsed }),
    funders: bookFunders(closed.funders, data.publicLapsedFunderParts, 'lapsed'),
  };
}

function movePot(pot: PotTotals, movement: Movement): PotTotals {
  const moved = { ...pot };
  for (const field of Object.keys(movement) as PotField[]) {
    moved[field] = addAmounts(pot[field], movement[field] ?? ZERO_AMOUNT);
  }
  return moved;
}

function bookFunders(
  funders: readonly FunderTotals[],
  parts: readonly FunderPart[],
  field: PotField,
  sign: 1 | -1 = 1,
): readonly FunderTotals[] {
  if (parts.length === 0) return funders;
  const unknown = parts
    .filter((part) => !funders.some((funder) => funder.funderId === part.funderId))
    .map((part): FunderTotals => ({ funderId: part.funderId, name: part.funderId, ...EMPTY_POT_TOTALS }));
  return [...funders, ...unknown].map((funder) => {
    const amount = funderPartOf(parts, funder.funderId);
    if (amount === ZERO_AMOUNT) return funder;
    return { ...funder, [field]: addAmounts(funder[field], signed(amount, sign)) };
  });
}

function signed(amount: string, sign: 1 | -1): string {
  return sign === 1 || amount === ZERO_AMOUNT ? amount : `-${amount}`;
}

type YearFigureSuffix = 'Committed' | 'Paid' | 'Released' | 'Refunded';

/**
 * Books a split movement on both pots and the funders. `effects` says which totals grow (1) or shrink
 * (-1) by the split; `suffix` names the fiscal-year figure pair (public/private) the movement counts in.
 */
function bookSplit(
  state: FundBalancesState,
  split: MoneySplit,
  effects: Partial<Record<PotField, 1 | -1>>,
  fiscalYear: number | null,
  suffix: YearFigureSuffix | null,
): FundBalancesState {
  let funders = state.funders;
  const publicMovement: Movement = {};
  const privateMovement: Movement = {};
  for (const [field, sign] of Object.entries(effects) as [PotField, 1 | -1][]) {
    publicMovement[field] = signed(split.publicPart, sign);
    privateMovement[field] = signed(split.privatePart, sign);
    funders = bookFunders(funders, split.publicFunderParts, field, sign);
  }
  const booked = {
    ...state,
    public: movePot(state.public, publicMovement),
    private: movePot(state.private, privateMovement),
    funders,
  };
  if (fiscalYear === null || suffix === null) return booked;
  return bookYear(booked, fiscalYear, {
    [`public${suffix}`]: split.publicPart,
    [`private${suffix}`]: split.privatePart,
  });
}

function book(
  state: FundBalancesState,
  movements: { public?: Movement; private?: Movement },
  fiscalYear: number,
  yearFigures: Partial<FiscalYearFigures>,
): FundBalancesState {
  const booked = {
    ...state,
    public: movements.public === undefined ? state.public : movePot(state.public, movements.public),
    private: movements.private === undefined ? state.private : movePot(state.private, movements.private),
  };
  return bookYear(booked, fiscalYear, yearFigures);
}

function bookYear(
  state: FundBalancesState,
  fiscalYear: number,
  amounts: Partial<FiscalYearFigures>,
): FundBalancesState {
  const year = yearOf(state, fiscalYear);
  const figures = { ...year.figures };
  for (const field of Object.keys(amounts) as (keyof FiscalYearFigures)[]) {
    figures[field] = addAmounts(figures[field], amounts[field] ?? ZERO_AMOUNT);
  }
  return withYear(state, { ...year, figures });
}
