/**
 * Splitting an amount to the cent so that the parts always sum exactly to the whole.
 *
 * Rule (largest remainder, also called Hamilton's method): every part first gets its exact share
 * rounded down to the cent; the cents left over go one each to the parts with the largest
 * remainders; equal remainders are broken by position, earlier first, which for funders is the
 * order configured in the fund's settings. All arithmetic is on whole numbers of cents and scaled
 * integer weights, so the comparison of remainders is exact.
 */
import { DomainError } from '../decider';
import { Money, ZERO, type Money as MoneyValue } from './money';

const SHARE_FORMAT = /^(0|1)(\.\d{1,6})?$/;

/** Parses a share such as "0.3334": between 0 and 1 with at most six decimals. */
export function parseShare(value: unknown, field: string): MoneyValue {
  if (typeof value !== 'string' || !SHARE_FORMAT.test(value) || new Money(value).gt(1)) {
    throw new DomainError(
      'FUND.INVALID_SETTINGS',
      `${field} must be a decimal share between 0 and 1 with at most six decimals, like "0.5" or "0.3334".`,
      'invalid_input',
      field,
    );
  }
  return new Money(value);
}

/**
 * Splits `amount` by `shares`, which must sum to exactly 1 (the fund validates this when it is
 * opened). Returns one part per share, in the same order.
 */
export function allocate(
  amount: string | MoneyValue,
  shares: readonly (string | MoneyValue)[],
): MoneyValue[] {
  const weights = shares.map((share) => new Money(share));
  const total = weights.reduce((sum, weight) => sum.plus(weight), ZERO);
  if (!total.equals(1)) {
    throw new Error(`Shares must sum to 1, got ${total.toFixed()}`);
  }
  return allocateByWeights(amount, weights);
}

/**
 * Splits `amount` in proportion to non-negative `weights` (e.g. what each funder still has
 * committed). A part never exceeds its exact proportional share rounded up to the cent, so a
 * part is never more than its weight when the weights are themselves amounts that cover the whole.
 */
export function allocateByWeights(
  amount: string | MoneyValue,
  weights: readonly (string | MoneyValue)[],
): MoneyValue[] {
  const cents = new Money(amount).times(100);
  assertWholeCents(cents, amount);
  if (weights.length === 0) throw new Error('Cannot allocate among no parts');
  const scaledWeights = toIntegerWeights(weights.map((weight) => new Money(weight)));
  const totalWeight = scaledWeights.reduce((sum, weight) => sum.plus(weight), ZERO);
  if (totalWeight.isZero()) {
    if (!cents.isZero()) throw new Error('Cannot allocate a non-zero amount among zero weights');
    return weights.map(() => ZERO);
  }
  return distributeCents(cents, scaledWeights, totalWeight).map((partCents) => partCents.dividedBy(100));
}

function distributeCents(cents: MoneyValue, weights: MoneyValue[], totalWeight: MoneyValue): MoneyValue[] {
  const products = weights.map((weight) => cents.times(weight));
  const floors = products.map((product) => product.dividedToIntegerBy(totalWeight));
  const remainders = products.map((product) => product.modulo(totalWeight));
  const distributed = floors.reduce((sum, part) => sum.plus(part), ZERO);
  const leftover = cents.minus(distributed).toNumber();
  const order = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  const parts = [...floors];
  for (let rank = 0; rank < leftover; rank += 1) {
    const { index } = order[rank];
    parts[index] = parts[index].plus(1);
  }
  return parts;
}

/** Scales decimal weights by a power of ten so that all are integers, keeping their ratios exact. */
function toIntegerWeights(weights: MoneyValue[]): MoneyValue[] {
  for (const weight of weights) {
    if (weight.isNegative() || !weight.isFinite()) throw new Error(`Invalid weight ${weight.toFixed()}`);
  }
  const decimals = Math.max(...weights.map((weight) => weight.decimalPlaces()));
  const scale = new Money(10).pow(decimals);
  return weights.map((weight) => weight.times(scale));
}

function assertWholeCents(cents: MoneyValue, amount: string | MoneyValue): void {
  if (!cents.isInteger() || cents.isNegative()) {
    throw new Error(`Cannot allocate ${String(amount)}: not a non-negative whole number of cents`);
  }
}
