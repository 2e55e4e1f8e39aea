import Decimal from 'decimal.js';
import { AMOUNT_MAX } from '@fund-ledger/domain';
import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';

/**
 * The same rule the domain applies to amounts, checked at the edge so a bad amount is refused with
 * the field's name before any command runs: a JSON string of euros with at most two decimals, no
 * sign, exponent, spaces or separators, more than zero and at most one billion.
 */
export const AMOUNT_PATTERN = /^(0|[1-9]\d{0,9})(\.\d{1,2})?$/;
export const AMOUNT_EXAMPLE = '1234.50';

export function isAmount(value: unknown): value is string {
  return amountProblem(value) === undefined;
}

/** Why the value is not an amount, in words that complete "<field> must ...", or undefined when it is one. */
function amountProblem(value: unknown): string | undefined {
  if (typeof value === 'number') return `be a string such as "${AMOUNT_EXAMPLE}", not a JSON number`;
  if (typeof value !== 'string') return `be a euro amount written as a string such as "${AMOUNT_EXAMPLE}"`;
  if (/^\d+\.\d{3,}$/.test(value)) return 'have at most two decimals (whole cents)';
  if (!AMOUNT_PATTERN.test(value)) {
    return `be a euro amount written as a string such as "${AMOUNT_EXAMPLE}" (digits, a point, at most two decimals; no sign, spaces or exponent)`;
  }
  const amount = new Decimal(value);
  if (amount.isZero()) return 'be more than 0.00';
  if (amount.greaterThan(AMOUNT_MAX)) return `be at most ${AMOUNT_MAX}`;
  return undefined;
}

export function IsAmount(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isAmount',
      validator: {
        validate: (value: unknown) => isAmount(value),
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'amount'} must ${amountProblem(args?.value) ?? 'be a valid amount'}`,
      },
    },
    validationOptions,
  );
}
