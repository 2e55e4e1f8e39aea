/**
 * Splitting an amount to the cent so that the parts always sum exactly to the whole.
 *
 * Rule (largest remainder, also called Hamilton's method): every part first gets its exact share
 * rounded down to the cent; the cents left over go one each to the parts with the largest
 * remainders; equal remainders are broken by position, earlier first, which for funders is the
 * order configured in the fund's settings. All arithmetic is on whole numbers of cents and exact
 * fractions or scaled integer weights, so the comparison of remainders is exact.
 */
import { Money, ZERO, type Money as MoneyValue } from './money';
import { fractionOf, fractionText, isOne, sumOfFractions, type Fraction } from './share';

export { parseShare } from './share';

/**
 * Splits `amount` by `shares`, which must sum to exactly 1 (the fund validates this when it is
 * opened). Shares are decimals or fractions ("1/3"); the remainders are compared as exact fractions,
 * so thirds split as exactly as halves. Returns one part per share, in the same order.
 */
export function allocate(
  amount: string | MoneyValue,
  shares: readonly (string | MoneyValue)[],
): MoneyValue[] {
  const fractions = shares.map((share) => fractionOf(typeof share === 'string' ? share : share.toFixed()));
  const total = sumOfFractions(fractions);
  if (!isOne(total)) throw new Error(`Shares must sum to 1, got ${fractionText(total)}`);
  const cents = new Money(amount).times(100);
  assertWholeCents(cents, amount);
  return distributeByFractions(BigInt(cents.toFixed(0)), fractions).map((part) =>
    new Money(part.toString()).dividedBy(100),
  );
}

/** Largest remainder over exact fractions: floors first, then the left-over cents by remainder, ties by position. */
function distributeByFractions(cents: bigint, fractions: readonly Fraction[]): bigint[] {
  const exact = fractions.map(({ numerator, denominator }) => ({
    floor: (cents * numerator) / denominator,
    remainder: (cents * numerator) % denominator,
    denominator,
  }));
  const parts = exact.map((part) => part.floor);
  const leftover = Number(cents - parts.reduce((sum, part) => sum + part, 0n));
  const order = exact
    .map((part, index) => ({ ...part, index }))
    .sort((a, b) => compareRemainders(b, a) || a.index - b.index);
  for (let rank = 0; rank < leftover; rank += 1) parts[order[rank].index] += 1n;
  return parts;
}

function compareRemainders(
  a: { readonly remainder: bigint; readonly denominator: bigint },
  b: { readonly remainder: bigint; readonly denominator: bigint },
): number {
  const left = a.remainder * b.denominator;
  const right = b.remainder * a.denominator;
  return left === right ? 0 : left > right ? 1 : -1;
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
