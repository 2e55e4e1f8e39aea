import { applyDecorators } from '@nestjs/common';
import Decimal from 'decimal.js';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, ValidateBy, type ValidationArguments } from 'class-validator';
import { AMOUNT_MAX, normalizeText, shareFraction, textProblem, type TextKind } from '@fund-ledger/domain';
import { AMOUNT_PATTERN } from '../../common/validation';

/**
 * A name, title, reference or id of a person: one line of at most `lengthMax` characters under the
 * ledger's text policy (`libs/domain/src/text/text-policy.ts`), normalised to NFC.
 */
export function IsSingleLineText(lengthMax: number): PropertyDecorator {
  return policyText('single-line', lengthMax);
}

/** A description or reason: like a single line, but line feeds and tabs are allowed. */
export function IsMultiLineText(lengthMax: number): PropertyDecorator {
  return policyText('multi-line', lengthMax);
}

/**
 * Text a person typed, normalised to NFC before it is checked and recorded: a string of at most
 * `lengthMax` characters that the text policy accepts. Blank text is refused too, because a blank
 * reason or title explains nothing to the auditor who reads it years later.
 */
function policyText(kind: TextKind, lengthMax: number): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normalizeText(value) : value)),
    IsString({ message: (args: ValidationArguments) => `${args.property} must be text (a JSON string)` }),
    MaxLength(lengthMax, {
      message: (args: ValidationArguments) => `${args.property} must be at most ${lengthMax} characters long`,
    }),
    ValidateBy({
      name: kind === 'single-line' ? 'isSingleLineText' : 'isMultiLineText',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && textProblem(value, kind) === undefined,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'text'} ${typeof args?.value === 'string' ? textProblem(args.value, kind) : 'must be text'}`,
      },
    }),
  );
}

/**
 * A euro amount that may be zero, such as a fiscal year's budget or an own contribution: the same
 * canonical form as `@IsAmount()` ("1234.50"), without the rule that it must be positive.
 */
export function IsAmountOrZero(): PropertyDecorator {
  return ValidateBy({
    name: 'isAmountOrZero',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' && AMOUNT_PATTERN.test(value) && new Decimal(value).lte(AMOUNT_MAX),
      defaultMessage: (args?: ValidationArguments) =>
        `${args?.property ?? 'amount'} must be a euro amount from "0.00" to "${AMOUNT_MAX}" written as a string, such as "1234.50"`,
    },
  });
}

/** The message of a refused choice: names the field and every value it accepts. */
export function choiceMessage(choices: readonly string[]) {
  return ({ property }: { property: string }): string => `${property} must be one of: ${choices.join(', ')}`;
}

const SHARE_PATTERN = /^(0|1)(\.\d{1,6})?$/;
const PERCENT_PATTERN = /^(0|[1-9]\d{0,2})(\.\d{1,4})?$/;

/** A share of a whole as a decimal string from 0 to 1 with at most `decimalsMax` decimals, e.g. "0.3334". */
export function IsShare(decimalsMax: 4 | 6): PropertyDecorator {
  return ValidateBy({
    name: 'isShare',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' &&
        SHARE_PATTERN.test(value) &&
        new Decimal(value).lte(1) &&
        decimalsOf(value) <= decimalsMax,
      defaultMessage: (args?: ValidationArguments) =>
        `${args?.property ?? 'share'} must be a share from 0 to 1 written as a string with at most ${decimalsMax} decimals, such as "0.5"`,
    },
  });
}

/** A funder's share from 0 to 1: a decimal with at most six decimals ("0.3334") or a fraction ("1/3"). */
export function IsFunderShare(): PropertyDecorator {
  return ValidateBy({
    name: 'isFunderShare',
    validator: {
      validate: (value: unknown) => shareFraction(value) !== null,
      defaultMessage: (args?: ValidationArguments) =>
        `${args?.property ?? 'share'} must be a share from 0 to 1 written as a string: a decimal with at most 6 decimals, such as "0.5", or a fraction of whole numbers, such as "1/3"`,
    },
  });
}

/** A yearly interest rate in percent as a decimal string from 0 to 100, e.g. "5.12". */
export function IsPercentRate(): PropertyDecorator {
  return ValidateBy({
    name: 'isPercentRate',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' && PERCENT_PATTERN.test(value) && new Decimal(value).lte(100),
      defaultMessage: (args?: ValidationArguments) =>
        `${args?.property ?? 'rate'} must be a percentage from "0" to "100" written as a string with at most four decimals, such as "5.12"`,
    },
  });
}

function decimalsOf(value: string): number {
  const point = value.indexOf('.');
  return point === -1 ? 0 : value.length - point - 1;
}
