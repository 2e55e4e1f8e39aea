import { type ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import type { FieldProblem } from '../problems/problem-details';
import { fieldProblemsOf, validationProblem } from './validation-problem';

/**
 * Keys that would reach an object's prototype when class-transformer copies a body onto a DTO, and
 * the names of Object.prototype's members (`toString`, `hasOwnProperty`, ...): the whitelist check
 * looks field names up in a plain object, finds those inherited members and would let them pass.
 * They are refused before any copying.
 */
const FORBIDDEN_KEYS = new Set([
  '__proto__',
  'constructor',
  'prototype',
  ...Object.getOwnPropertyNames(Object.prototype),
]);
/**
 * NUL and unpaired UTF-16 surrogates cannot be stored faithfully by every event store and have no
 * place in a name, title or reference; they are refused by field rather than failing at the store.
 */
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function isUnsafeText(value: string): boolean {
  return value.includes('\u0000') || UNPAIRED_SURROGATE.test(value);
}
/** No request of this service nests deeper; a deeper body is refused rather than walked. */
export const BODY_DEPTH_MAX = 16;

/**
 * The global validation pipe: unknown fields are refused and named, values are never converted
 * implicitly (a number where a string is required is refused, not stringified), and every error
 * becomes one problem+json response that lists each field with its message.
 */
@Injectable()
export class StrictValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => validationProblem(fieldProblemsOf(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && isDtoClass(metadata.metatype)) {
      assertPlainBody(value);
    }
    return super.transform(value, metadata);
  }
}

function isDtoClass(metatype: ArgumentMetadata['metatype']): boolean {
  const primitives: unknown[] = [String, Boolean, Number, Array, Object];
  return typeof metatype === 'function' && !primitives.includes(metatype);
}

function assertPlainBody(value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw validationProblem([{ field: 'body', message: 'The request body must be a JSON object' }]);
  }
  const problems = unsafeKeyProblems(value, '', 0);
  if (problems.length > 0) throw validationProblem(problems);
}

function unsafeKeyProblems(value: unknown, path: string, depth: number): FieldProblem[] {
  if (typeof value === 'string' && isUnsafeText(value)) {
    return [{ field: path, message: `${path} contains a NUL character or an unpaired surrogate` }];
  }
  if (typeof value !== 'object' || value === null) return [];
  if (depth > BODY_DEPTH_MAX) {
    return [{ field: path, message: `${path} is nested deeper than ${BODY_DEPTH_MAX} levels` }];
  }
  return Object.keys(value).flatMap((key) => {
    const childPath = Array.isArray(value) ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
    if (FORBIDDEN_KEYS.has(key)) {
      return [{ field: childPath, message: `${childPath} is not an allowed field name` }];
    }
    return unsafeKeyProblems((value as Record<string, unknown>)[key], childPath, depth + 1);
  });
}
