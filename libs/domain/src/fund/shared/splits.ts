/**
 * Arithmetic on split amounts (a whole, its public and private parts, and the public part per
 * funder). Every function returns parts that sum exactly to their whole, which the property suite
 * checks for every event.
 */
import { allocateByWeights } from '../../money/allocate';
import { formatAmount, Money, ZERO } from '../../money/money';
import type { FunderPart, MoneySplit } from '../fund.events';

export const ZERO_SPLIT: MoneySplit = {
  amount: '0.00',
  publicPart: '0.00',
  privatePart: '0.00',
  publicFunderParts: [],
};

export function plus(a: string, b: string | Money): string {
  return formatAmount(new Money(a).plus(b));
}

export function minus(a: string, b: string | Money): string {
  return formatAmount(new Money(a).minus(b));
}

/**
 * Whether an amount is zero. Amounts are written without leading zeros, so only one whose digits start
 * with "0" can be; the others need no parsing, which matters where every posting line is checked.
 */
export function isZeroAmount(amount: string): boolean {
  if (amount === '0.00') return true;
  const firstDigit = amount.startsWith('-') ? amount.charAt(1) : amount.charAt(0);
  return firstDigit === '0' && new Money(amount).isZero();
}

export function funderAmount(parts: readonly FunderPart[], funderId: string): Money {
  const part = parts.find((candidate) => candidate.funderId === funderId);
  return part === undefined ? ZERO : new Money(part.amount);
}

/**
 * Combines funder parts by funder, keeping the order of `a` and appending funders only in `b`. Parts
 * that come to zero stay (see `withoutZeroFunderParts`).
 */
function combineFunderParts(
  a: readonly FunderPart[],
  b: readonly FunderPart[],
  sign: 1 | -1,
): readonly FunderPart[] {
  const ids = [...a.map((part) => part.funderId)];
  for (const part of b) if (!ids.includes(part.funderId)) ids.push(part.funderId);
  return ids.map((funderId) => ({
    funderId,
    amount: formatAmount(funderAmount(a, funderId).plus(funderAmount(b, funderId).times(sign))),
  }));
}

/** Only the split of an event's data that carries one, so the event's other fields never leak into a state. */
export function splitOf(split: MoneySplit): MoneySplit {
  return {
    amount: split.amount,
    publicPart: split.publicPart,
    privatePart: split.privatePart,
    publicFunderParts: split.publicFunderParts.map((part) => ({
      funderId: part.funderId,
      amount: part.amount,
    })),
  };
}

export function addSplits(a: MoneySplit, b: MoneySplit): MoneySplit {
  return {
    amount: plus(a.amount, b.amount),
    publicPart: plus(a.publicPart, b.publicPart),
    privatePart: plus(a.privatePart, b.privatePart),
    publicFunderParts: combineFunderParts(a.publicFunderParts, b.publicFunderParts, 1),
  };
}

export function subtractSplits(a: MoneySplit, b: MoneySplit): MoneySplit {
  return {
    amount: minus(a.amount, b.amount),
    publicPart: minus(a.publicPart, b.publicPart),
    privatePart: minus(a.privatePart, b.privatePart),
    publicFunderParts: combineFunderParts(a.publicFunderParts, b.publicFunderParts, -1),
  };
}

/**
 * Splits `amount` among funders in proportion to `weights` (amounts per funder, e.g. what each
 * still has committed to a grant). Only funders with a part above zero are listed.
 */
export function allocateAmongFunders(amount: Money, weights: readonly FunderPart[]): readonly FunderPart[] {
  const present = weights.filter((weight) => !new Money(weight.amount).isZero());
  if (present.length === 0) {
    if (!amount.isZero()) throw new Error(`No funder weight to allocate ${amount.toFixed(2)} against`);
    return [];
  }
  const parts = allocateByWeights(
    amount,
    present.map((weight) => weight.amount),
  );
  return present
    .map((weight, index) => ({ funderId: weight.funderId, amount: formatAmount(parts[index]) }))
    .filter((part) => !isZeroAmount(part.amount));
}

/**
 * Splits `amount` in proportion to what is left of `limit` (public and private, and per funder):
 * no part ever exceeds what is left of it, and taking all of what is left gives exactly the rest.
 */
export function splitWithinRemaining(amount: Money, limit: MoneySplit): MoneySplit {
  const [publicPart, privatePart] = allocateByWeights(amount, [limit.publicPart, limit.privatePart]);
  return {
    amount: formatAmount(amount),
    publicPart: formatAmount(publicPart),
    privatePart: formatAmount(privatePart),
    publicFunderParts: allocateAmongFunders(publicPart, limit.publicFunderParts),
  };
}

/** Drops funder parts of zero, e.g. after subtracting a fully paid funder's commitment. */
export function withoutZeroFunderParts(split: MoneySplit): MoneySplit {
  return {
    ...split,
    publicFunderParts: split.publicFunderParts.filter((part) => !isZeroAmount(part.amount)),
  };
}
