/**
 * Bookkeeping of the fund's two pots, its public funders and its fiscal years. Every money event's
 * evolve books the event's money movement (`money-movements.ts`, shared with the read models) here.
 */
import { clampAtZero, floorToCent, formatAmount, minMoney, Money } from '../../money/money';
import type { FiscalYearFigures, FundBalances, FundEvent, FunderPart } from '../fund.events';
import type { FiscalYearState, FundState, FunderFigures, PotFigures } from '../fund.state';
import { EMPTY_POT } from '../fund.state';
import { withEntry } from './keyed';
import {
  moneyMovementOf,
  YEAR_FIGURES_OF,
  type MoneyMovement,
  type MoneyMovementKind,
} from './money-movements';
import { funderAmount, plus } from './splits';

type PotField = keyof PotFigures;

export const EMPTY_YEAR_FIGURES: FiscalYearFigures = {
  publicBudget: '0.00',
  publicReceived: '0.00',
  privateReceived: '0.00',
  publicCommitted: '0.00',
  privateCommitted: '0.00',
  publicReleased: '0.00',
  privateReleased: '0.00',
  publicPaid: '0.00',
  privatePaid: '0.00',
  publicRefunded: '0.00',
  privateRefunded: '0.00',
};

function bookPot(pot: PotFigures, field: PotField, amount: string | Money, sign: 1 | -1 = 1): PotFigures {
  return { ...pot, [field]: formatAmount(new Money(pot[field]).plus(new Money(amount).times(sign))) };
}

function bookFunders(
  funders: readonly FunderFigures[],
  field: PotField,
  parts: readonly FunderPart[],
  sign: 1 | -1 = 1,
): readonly FunderFigures[] {
  const known = funders.map((funder) => funder.funderId);
  const added = parts
    .filter((part) => !known.includes(part.funderId))
    .map((part): FunderFigures => ({ funderId: part.funderId, ...EMPTY_POT }));
  return [...funders, ...added].map((funder) => {
    const amount = funderAmount(parts, funder.funderId);
    return amount.isZero() ? funder : { ...funder, ...bookPot(funder, field, amount, sign) };
  });
}

export function yearState(state: FundState, fiscalYear: number): FiscalYearState {
  return (
    state.fiscalYears.get(String(fiscalYear)) ?? {
      fiscalYear,
      publicBudget: null,
      closed: false,
      figures: EMPTY_YEAR_FIGURES,
    }
  );
}

export function withYear(state: FundState, year: FiscalYearState): FundState {
  return { ...state, fiscalYears: withEntry(state.fiscalYears, String(year.fiscalYear), year) };
}

function bookYear(
  state: FundState,
  fiscalYear: number,
  amounts: Partial<Record<keyof FiscalYearFigures, string>>,
): FundState {
  const year = yearState(state, fiscalYear);
  const figures = { ...year.figures };
  for (const [field, amount] of Object.entries(amounts) as [keyof FiscalYearFigures, string][]) {
    figures[field] = plus(figures[field], amount);
  }
  return withYear(state, { ...year, figures });
}

/** Books a movement on both pots and the funders: `field` grows by its parts (or shrinks with sign -1). */
function bookParts(state: FundState, field: PotField, parts: MovedParts, sign: 1 | -1): FundState {
  return {
    ...state,
    publicPot: bookPot(state.publicPot, field, parts.publicPart, sign),
    privatePot: bookPot(state.privatePot, field, parts.privatePart, sign),
    funders: bookFunders(state.funders, field, parts.publicFunderParts, sign),
  };
}

type MovedParts = Pick<MoneyMovement, 'publicPart' | 'privatePart' | 'publicFunderParts'>;

/**
 * Which of the fund's pot figures each kind of movement changes. The fund keeps its open commitments,
 * which a payment and a release settle; a repayment demanded is no money of the fund until received.
 */
const POT_CHANGES: Readonly<Record<MoneyMovementKind, readonly (readonly [PotField, 1 | -1])[]>> = {
  received: [['received', 1]],
  granted: [['committed', 1]],
  paid: [
    ['committed', -1],
    ['paid', 1],
  ],
  released: [['committed', -1]],
  refunded: [['refunded', 1]],
  lapsed: [['lapsed', 1]],
  repaymentDemanded: [],
};

/** Books what the event does to money (`moneyMovementOf`) on the pots, the funders and the fiscal year. */
export function bookMoneyOf(state: FundState, event: FundEvent): FundState {
  const movement = moneyMovementOf(event);
  if (movement === null) return state;
  let booked = state;
  for (const [field, sign] of POT_CHANGES[movement.kind]) booked = bookParts(booked, field, movement, sign);
  const figures = YEAR_FIGURES_OF[movement.kind];
  if (movement.fiscalYear === null || figures === null) return booked;
  return bookYear(booked, movement.fiscalYear, {
    [figures[0]]: movement.publicPart,
    [figures[1]]: movement.privatePart,
  });
}

/** Money of a pot (or funder) that is neither committed nor paid out: what new grants can use. */
export function availableOf(pot: PotFigures): Money {
  return new Money(pot.received).plus(pot.refunded).minus(pot.lapsed).minus(pot.committed).minus(pot.paid);
}

/** Each funder's available public money, as weights for splitting a new commitment or a lapse. */
export function funderAvailability(state: FundState): readonly FunderPart[] {
  return state.funders.map((funder) => ({
    funderId: funder.funderId,
    amount: formatAmount(availableOf(funder)),
  }));
}

/**
 * Public money that private money received matches (pooled model): with a public share cap `m`,
 * each private euro matches m / (1 - m) public euros, so that public money stays at most `m` of
 * the whole. With m = 1 all public money is matched.
 */
export function matchedPublic(state: FundState, publicShareMax: string): Money {
  const share = new Money(publicShareMax);
  const publicNet = new Money(state.publicPot.received).minus(state.publicPot.lapsed);
  if (share.equals(1)) return publicNet;
  const matchable = floorToCent(
    new Money(state.privatePot.received).times(share).dividedBy(new Money(1).minus(share)),
  );
  return minMoney(publicNet, matchable);
}

/** Public money in use: committed or paid out, less what came back. */
export function publicInUse(state: FundState): Money {
  const pot = state.publicPot;
  return clampAtZero(new Money(pot.committed).plus(pot.paid).minus(pot.refunded));
}

export function fundBalances(state: FundState): FundBalances {
  return {
    publicAvailable: formatAmount(availableOf(state.publicPot)),
    privateAvailable: formatAmount(availableOf(state.privatePot)),
    publicOpenCommitments: state.publicPot.committed,
    privateOpenCommitments: state.privatePot.committed,
  };
}

export function hasOpenCommitments(state: FundState): boolean {
  return !new Money(state.publicPot.committed).plus(state.privatePot.committed).isZero();
}
