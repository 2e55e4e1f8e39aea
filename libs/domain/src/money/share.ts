/**
 * A funder's share of every public amount, exact. A share is written as a decimal with at most six
 * decimals ("0.6", "0.3334") or as a fraction of whole numbers of at most six digits ("1/3", "2/3"):
 * federal, state and municipal thirds are exact fractions that no decimal can write. Shares are
 * compared and summed as fractions of integers (BigInt), never rounded.
 */
import { DomainError } from '../decider';

export interface Fraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

const DECIMAL_SHARE = /^(0|1)(?:\.(\d{1,6}))?$/;
const FRACTION_SHARE = /^(0|[1-9]\d{0,5})\/([1-9]\d{0,5})$/;
/** Any plain decimal, as amounts and shares inside the domain are written. */
const PLAIN_DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** The share's value as a fraction in lowest terms, or null when the text is not a share of the accepted forms, or above 1. */
export function shareFraction(text: unknown): Fraction | null {
  if (typeof text !== 'string') return null;
  const fraction = FRACTION_SHARE.exec(text);
  const parsed =
    fraction !== null
      ? reduce({ numerator: BigInt(fraction[1]), denominator: BigInt(fraction[2]) })
      : DECIMAL_SHARE.test(text)
        ? decimalFraction(text)
        : null;
  return parsed === null || parsed.numerator > parsed.denominator ? null : parsed;
}

/** Parses a share given on a command or in settings; the refusal names the field and both forms. */
export function parseShare(value: unknown, field: string): Fraction {
  const share = shareFraction(value);
  if (share === null) {
    throw new DomainError(
      'FUND.INVALID_SETTINGS',
      `${field} must be a share from 0 to 1 written as a decimal with at most six decimals ("0.5", "0.3334") or as a fraction of whole numbers ("1/3").`,
      'invalid_input',
      field,
    );
  }
  return share;
}

/** A plain decimal string ("0.3334", "2") as an exact fraction; shares computed inside the domain may have more decimals. */
export function decimalFraction(text: string): Fraction {
  const match = PLAIN_DECIMAL.exec(text);
  if (match === null) throw new Error(`Not a plain decimal: ${text}`);
  const decimals = match[2] ?? '';
  return reduce({ numerator: BigInt(match[1] + decimals), denominator: 10n ** BigInt(decimals.length) });
}

/** A share written either way, or a decimal, as an exact fraction. */
export function fractionOf(share: string): Fraction {
  return shareFraction(share) ?? decimalFraction(share);
}

export function sumOfFractions(fractions: readonly Fraction[]): Fraction {
  return fractions.reduce(
    (sum, next) =>
      reduce({
        numerator: sum.numerator * next.denominator + next.numerator * sum.denominator,
        denominator: sum.denominator * next.denominator,
      }),
    { numerator: 0n, denominator: 1n },
  );
}

export function isOne(fraction: Fraction): boolean {
  return fraction.numerator === fraction.denominator;
}

/** "1/3", or "1" for a whole: how a sum of shares is named in a refusal. */
export function fractionText(fraction: Fraction): string {
  return fraction.denominator === 1n
    ? String(fraction.numerator)
    : `${fraction.numerator}/${fraction.denominator}`;
}

function reduce(fraction: Fraction): Fraction {
  const divisor = greatestCommonDivisor(fraction.numerator, fraction.denominator);
  return divisor === 0n
    ? fraction
    : { numerator: fraction.numerator / divisor, denominator: fraction.denominator / divisor };
}

function greatestCommonDivisor(a: bigint, b: bigint): bigint {
  let [x, y] = [a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}
