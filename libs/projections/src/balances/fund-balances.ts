/**
 * Fund balances: the money of each pot (public, private) and of each public funder, and the figures of
 * each fiscal year, accumulated event by event. Only running totals are kept; what follows from them
 * (available money, matched public money, outstanding repayments) is computed when a query asks, so
 * the stored state is the shortest explanation of the figures.
 */
import {
  assertNever,
  type FiscalYearClosed,
  type FiscalYearFigures,
  type FundEvent,
  type FunderPart,
  type FundSettings,
  type MoneySplit,
} from '@fund-ledger/domain';
import { addAmounts, funderPartOf, ZERO_AMOUNT } from '../shared/amounts';

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

export const EMPTY_YEAR_FIGURES: FiscalYearFigures = {
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
  fiscalYears: [],
};

export type PotField = keyof PotTotals;
type Sign = 1 | -1;
/** Which totals a movement changes, and in which direction. */
type Effects = readonly (readonly [PotField, Sign])[];
type YearFigurePair = readonly [publicField: keyof FiscalYearFigures, privateField: keyof FiscalYearFigures];

const GRANTED: Effects = [['granted', 1]];
const PAID: Effects = [['paid', 1]];
const RELEASED: Effects = [['released', 1]];
const DEMANDED: Effects = [['repaymentDemanded', 1]];
const REFUNDED: Effects = [['refunded', 1]];

export function evolveFundBalances(state: FundBalancesState, event: FundEvent): FundBalancesState {
  switch (event.type) {
    case 'FundOpened':
    case 'FundSettingsChanged':
      return withConfiguredFunders(state, event.data.settings);
    case 'FiscalYearBudgetSet':
      return setBudget(state, event.data.fiscalYear, event.data.publicBudget);
    case 'FiscalYearClosed':
      return closeYear(state, event.data);
    case 'PrivateContributionRecorded': {
      const { amount, fiscalYear } = event.data;
      const booked = { ...state, private: movePot(state.private, 'received', amount, 1) };
      return bookYear(booked, fiscalYear, ['privateReceived', 'privateReceived'], ZERO_AMOUNT, amount);
    }
    case 'PublicContributionRecorded': {
      const { amount, fiscalYear } = event.data;
      const booked = { ...state, public: movePot(state.public, 'received', amount, 1) };
      return bookYear(booked, fiscalYear, ['publicReceived', 'publicReceived'], amount, ZERO_AMOUNT);
    }
    case 'PublicContributionSplit':
      return { ...state, funders: bookFunders(state.funders, event.data.parts, 'received', 1) };
    case 'GrantNoticeIssued':
      return bookSplit(state, event.data, GRANTED, event.data.fiscalYear, [
        'publicCommitted',
        'privateCommitted',
      ]);
    case 'AdvancePaid':
    case 'PayoutMade':
      return bookSplit(state, event.data, PAID, event.data.fiscalYear, ['publicPaid', 'privatePaid']);
    case 'GrantCommitmentReleased':
      return bookSplit(state, event.data, RELEASED, event.data.fiscalYear, [
        'publicReleased',
        'privateReleased',
      ]);
    case 'RepaymentDemanded':
      return bookSplit(state, event.data, DEMANDED, null, null);
    case 'RepaymentReceived':
      return bookSplit(state, event.data, REFUNDED, event.data.fiscalYear, [
        'publicRefunded',
        'privateRefunded',
      ]);
    case 'FundClosed':
    case 'ApplicationSubmitted':
    case 'ApplicationMarkedIncomplete':
    case 'ApplicationAmended':
    case 'ApplicationDeclaredEligible':
    case 'ApplicationDeclaredIneligible':
    case 'ApplicationWithdrawn':
    case 'JuryMemberAppointed':
    case 'JuryMemberLeft':
    case 'ApplicationPutOnAgenda':
    case 'JuryAttendanceRecorded':
    case 'ConflictOfInterestDeclared':
    case 'VoteCast':
    case 'VoteCorrected':
    case 'JuryVoteClosed':
    case 'ApplicationApproved':
    case 'ApplicationRejected':
    case 'ApplicationDeferred':
    case 'ProofOfUseSubmitted':
    case 'ProofOfUseRejected':
    case 'ProofOfUseAccepted':
    case 'GrantClosed':
    case 'GrantExpired':
    case 'GrantRevoked':
    case 'RepaymentSettled':
    case 'GrantPayeeRecorded':
    case 'PaymentCertified':
    case 'PaymentOrdered':
    case 'PaymentOrderWithdrawn':
    case 'PaymentOrdersExported':
    case 'JuryMeetingMinuted':
    case 'RepaymentDemandCertified':
      return state;
    default:
      return assertNever(event);
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

export function emptyYear(fiscalYear: number): FiscalYearTotals {
  return { fiscalYear, publicBudget: null, closed: false, figures: EMPTY_YEAR_FIGURES, closing: null };
}

/** Replaces (or inserts, keeping the order of years) the year changed by `change`. */
function changeYear(
  state: FundBalancesState,
  fiscalYear: number,
  change: (year: FiscalYearTotals) => FiscalYearTotals,
): FundBalancesState {
  const years = state.fiscalYears;
  const index = years.findIndex((year) => year.fiscalYear >= fiscalYear);
  const position = index === -1 ? years.length : index;
  const existing = years[position];
  const found = existing !== undefined && existing.fiscalYear === fiscalYear;
  const changed = change(found ? existing : emptyYear(fiscalYear));
  const fiscalYears = [...years.slice(0, position), changed, ...years.slice(found ? position + 1 : position)];
  return { ...state, fiscalYears };
}

function setBudget(state: FundBalancesState, fiscalYear: number, publicBudget: string): FundBalancesState {
  return changeYear(state, fiscalYear, (year) => ({
    ...year,
    publicBudget,
    figures: { ...year.figures, publicBudget },
  }));
}

function closeYear(state: FundBalancesState, data: FiscalYearClosed['data']): FundBalancesState {
  const closing: FiscalYearClosing = {
    publicCarriedOver: data.publicCarriedOver,
    privateCarriedOver: data.privateCarriedOver,
    publicLapsed: data.publicLapsed,
  };
  const closed = changeYear(state, data.fiscalYear, (year) => ({ ...year, closed: true, closing }));
  return {
    ...closed,
    public: movePot(closed.public, 'lapsed', data.publicLapsed, 1),
    funders: bookFunders(closed.funders, data.publicLapsedFunderParts, 'lapsed', 1),
  };
}

function signed(amount: string, sign: Sign): string {
  return sign === 1 || amount === ZERO_AMOUNT ? amount : `-${amount}`;
}

function movePot<Pot extends PotTotals>(pot: Pot, field: PotField, amount: string, sign: Sign): Pot {
  if (amount === ZERO_AMOUNT) return pot;
  return { ...pot, [field]: addAmounts(pot[field], signed(amount, sign)) };
}

function bookFunders(
  funders: readonly FunderTotals[],
  parts: readonly FunderPart[],
  field: PotField,
  sign: Sign,
): readonly FunderTotals[] {
  if (parts.length === 0) return funders;
  const unknown = parts
    .filter((part) => !funders.some((funder) => funder.funderId === part.funderId))
    .map((part): FunderTotals => ({ funderId: part.funderId, name: part.funderId, ...EMPTY_POT_TOTALS }));
  const all = unknown.length === 0 ? funders : [...funders, ...unknown];
  return all.map((funder) => movePot(funder, field, funderPartOf(parts, funder.funderId), sign));
}

/** Books a split on both pots and the funders, and counts its parts in the fiscal year's figures. */
function bookSplit(
  state: FundBalancesState,
  split: MoneySplit,
  effects: Effects,
  fiscalYear: number | null,
  yearFigures: YearFigurePair | null,
): FundBalancesState {
  let publicPot = state.public;
  let privatePot = state.private;
  let funders = state.funders;
  for (const [field, sign] of effects) {
    publicPot = movePot(publicPot, field, split.publicPart, sign);
    privatePot = movePot(privatePot, field, split.privatePart, sign);
    funders = bookFunders(funders, split.publicFunderParts, field, sign);
  }
  const booked = { ...state, public: publicPot, private: privatePot, funders };
  if (fiscalYear === null || yearFigures === null) return booked;
  return bookYear(booked, fiscalYear, yearFigures, split.publicPart, split.privatePart);
}

function bookYear(
  state: FundBalancesState,
  fiscalYear: number,
  [publicField, privateField]: YearFigurePair,
  publicAmount: string,
  privateAmount: string,
): FundBalancesState {
  if (publicAmount === ZERO_AMOUNT && privateAmount === ZERO_AMOUNT) return state;
  return changeYear(state, fiscalYear, (year) => {
    const figures = { ...year.figures };
    figures[publicField] = addAmounts(figures[publicField], publicAmount);
    figures[privateField] = addAmounts(figures[privateField], privateAmount);
    return { ...year, figures };
  });
}
