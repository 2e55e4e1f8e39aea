import type { ValidationError } from 'class-validator';
import type { FieldProblem } from '../problems/problem-details';
import { ProblemException } from '../problems/problem.exception';

const UNKNOWN_FIELD_CONSTRAINT = 'whitelistValidation';

/** Flattens class-validator's nested errors into one entry per field, with paths like `parts[0].amount`. */
export function fieldProblemsOf(errors: readonly ValidationError[], parentPath = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = joinPath(parentPath, error.property);
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field: path,
      message: constraint === UNKNOWN_FIELD_CONSTRAINT ? `${path} is not a field of this request` : message,
    }));
    return [...own, ...fieldProblemsOf(error.children ?? [], path)];
  });
}

function joinPath(parentPath: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parentPath}[${property}]`;
  return parentPath === '' ? property : `${parentPath}.${property}`;
}

export function validationProblem(errors: readonly FieldProblem[]): ProblemException {
  const fieldList = [...new Set(errors.map((error) => error.field))].join(', ');
  const detail =
    errors.length === 1
      ? (errors[0]?.message ?? 'The request is not valid')
      : `${errors.length} problems with the fields ${fieldList}: ${errors.map((error) => error.message).join('; ')}`;
  return ProblemException.of('validation', { detail, errors });
}
