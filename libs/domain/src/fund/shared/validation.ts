/**
 * Checks of command fields that the edge also validates. The decider checks again because it is
 * the last line before money moves, and because other callers (the CLI, tests, imports) reach it
 * without going through the HTTP layer.
 */
import { DomainError } from '../../decider';

const ID_FORMAT = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
const DATE_FORMAT = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_FORMAT = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** Bounds on free text, so that a stream never carries an unbounded field. */
export const TEXT_LENGTH_MAX = {
  name: 200,
  title: 200,
  reference: 200,
  reason: 2000,
  description: 10000,
} as const;

export const FISCAL_YEAR_MIN = 2000;
export const FISCAL_YEAR_MAX = 2100;

export function invalidInput(field: string, message: string): DomainError {
  return new DomainError('COMMAND.INVALID_INPUT', message, 'invalid_input', field);
}

export function requireId(value: unknown, field: string): string {
  if (typeof value !== 'string' || !ID_FORMAT.test(value)) {
    throw invalidInput(
      field,
      `${field} must be an id of 1 to 100 letters, digits, dots, colons, dashes or underscores, starting with a letter or digit.`,
    );
  }
  return value;
}

export function requireText(
  value: unknown,
  field: string,
  lengthMax: number,
  options: { allowEmpty?: boolean } = {},
): string {
  if (typeof value !== 'string' || value.length > lengthMax) {
    throw invalidInput(field, `${field} must be text of at most ${lengthMax} characters.`);
  }
  if (!options.allowEmpty && value.trim().length === 0) {
    throw invalidInput(field, `${field} must not be empty.`);
  }
  return value;
}

export function requireOneOf<Value extends string>(
  value: unknown,
  field: string,
  allowed: readonly Value[],
): Value {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw invalidInput(field, `${field} must be one of: ${allowed.join(', ')}.`);
  }
  return value as Value;
}

export function requireInteger(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalidInput(field, `${field} must be a whole number from ${min} to ${max}.`);
  }
  return value;
}

export function requireBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw invalidInput(field, `${field} must be true or false.`);
  return value;
}

/** A calendar date written YYYY-MM-DD that exists (no 31 April). */
export function requireDate(value: unknown, field: string): string {
  const match = typeof value === 'string' ? DATE_FORMAT.exec(value) : null;
  if (match === null || !isRealDate(match[1], match[2], match[3])) {
    throw invalidInput(field, `${field} must be a calendar date written YYYY-MM-DD.`);
  }
  requireFiscalYearInRange(Number(match[1]), field);
  return value as string;
}

/** An ISO-8601 instant with an explicit offset, e.g. "2024-03-01T09:30:00Z". */
export function requireInstant(value: unknown, field: string): string {
  const match = typeof value === 'string' ? INSTANT_FORMAT.exec(value) : null;
  if (match === null || !isRealDate(match[1], match[2], match[3])) {
    throw invalidInput(field, `${field} must be an ISO-8601 instant such as "2024-03-01T09:30:00Z".`);
  }
  requireFiscalYearInRange(Number(match[1]), field);
  return value as string;
}

export function requireFiscalYearInRange(year: number, field: string): number {
  return requireInteger(year, field, FISCAL_YEAR_MIN, FISCAL_YEAR_MAX);
}

export function requireList<Item>(value: unknown, field: string, lengthMax: number): readonly Item[] {
  if (!Array.isArray(value) || value.length > lengthMax) {
    throw invalidInput(field, `${field} must be a list of at most ${lengthMax} entries.`);
  }
  return value as readonly Item[];
}

function isRealDate(year: string, month: string, day: string): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return (
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day)
  );
}
