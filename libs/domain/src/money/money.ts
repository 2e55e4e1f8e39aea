/**
 * Money in the fund: euros with two decimals, never a JavaScript number. Amounts travel as
 * canonical strings ("1234.50") and are computed with one configured Decimal clone, so every
 * module rounds the same way.
 */
import Decimal from 'decimal.js';
import { DomainError } from '../decider';

/**
 * Forty significant digits hold any amount below the upper bound multiplied by any share with
 * room to spare; half-up is the commercial rounding treasurers expect. The exponent limits keep
 * `toString()` from ever switching to exponent notation, although amounts are written with `toFixed(2)`.
 */
export const Money = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Money = Decimal;

/** The largest amount any single figure may have: a sanity bound far above a municipal fund. */
export const AMOUNT_MAX = '1000000000.00';

export const ZERO: Money = new Money(0);

const CANONICAL_AMOUNT = /^(0|[1-9]\d{0,9})(\.\d{1,2})?$/;

export interface ParseAmountOptions {
  /** Accept "0.00" (e.g. a budget of zero); amounts of money moved must be positive. */
  readonly allowZero?: boolean;
}

/** True when the value is an amount string this module accepts, such as "1234.50" or "7". */
export function isCanonicalAmount(value: unknown): value is string {
  return typeof value === 'string' && CANONICAL_AMOUNT.test(value) && new Money(value).lte(AMOUNT_MAX);
}

/**
 * Parses an amount given on a command. Only plain decimal strings with at most two decimals are
 * accepted: no sign, no exponent, no thousands separator, nothing above `AMOUNT_MAX`.
 */
export function parseAmount(value: unknown, field: string, options: ParseAmountOptions = {}): Money {
  if (!isCanonicalAmount(value)) {
    throw invalidAmount(
      field,
      `${field} must be a euro amount written like "1234.50" (digits, at most two decimals, at most ${AMOUNT_MAX}).`,
    );
  }
  const amount = new Money(value);
  if (amount.isZero() && !options.allowZero) {
    throw invalidAmount(field, `${field} must be more than 0.00 EUR.`);
  }
  return amount;
}

function invalidAmount(field: string, message: string): DomainError {
  return new DomainError('MONEY.INVALID_AMOUNT', message, 'invalid_input', field);
}

/**
 * The canonical string of an amount, always with two decimals. Whole cents are checked by counting
 * decimal places rather than by comparing with a rounded copy: the same answer without a further
 * Decimal, as every sum of splits (also each grant payment a rebuild folds) is formatted here.
 */
export function formatAmount(amount: Money): string {
  if (!amount.isFinite() || amount.decimalPlaces() > 2) {
    throw new Error(`Amount ${amount.toFixed()} is not a whole number of cents`);
  }
  return amount.toFixed(2);
}

export function sumAmounts(amounts: Iterable<string | Money>): Money {
  let total = ZERO;
  for (const amount of amounts) total = total.plus(amount);
  return total;
}

/** The larger of zero and the amount: for figures that must not go below zero. */
export function clampAtZero(amount: Money): Money {
  return amount.isNegative() ? ZERO : amount;
}

/** Rounds down to whole cents: used where rounding up could breach a cap (e.g. a public share). */
export function floorToCent(amount: Money): Money {
  return amount.toDecimalPlaces(2, Decimal.ROUND_DOWN);
}

/** Rounds half up to whole cents: used for interest, which is owed to the cent. */
export function roundToCent(amount: Money): Money {
  return amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

export function minMoney(first: Money, ...rest: Money[]): Money {
  return rest.reduce((smallest, amount) => (amount.lt(smallest) ? amount : smallest), first);
}
