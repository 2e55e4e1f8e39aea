import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { validationProblem } from '../../common/validation';

/**
 * For commands whose request has no fields: the body may be absent or `{}`, and any field sent is
 * refused by name, as on every other route. A DTO class without fields cannot do this, because the
 * validation pipe refuses objects of classes it knows no rules for.
 */
export const EmptyBody = createParamDecorator((_data: unknown, context: ExecutionContext): undefined => {
  const body: unknown = context.switchToHttp().getRequest<Request>().body;
  if (body === undefined || body === null) return undefined;
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw validationProblem([{ field: 'body', message: 'The request body must be a JSON object or empty' }]);
  }
  const fields = Object.keys(body);
  if (fields.length > 0) {
    throw validationProblem(
      fields.map((field) => ({ field, message: `${field} is not a field of this request` })),
    );
  }
  return undefined;
});
