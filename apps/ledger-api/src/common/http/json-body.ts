import { isUtf8 } from 'node:buffer';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { ProblemException } from '../problems/problem.exception';
import { BODY_DEPTH_MAX } from '../validation/strict-validation.pipe';

/** Content types parsed as JSON: plain JSON and the `+json` family (e.g. merge-patch). */
export const JSON_CONTENT_TYPES = ['application/json', 'application/*+json'];
const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/**
 * Parses JSON bodies up to the configured limit. Compressed bodies are refused (`inflate: false`):
 * commands are small, and decompression would let a tiny upload expand into a huge one.
 */
export function useJsonBodyParser(app: NestExpressApplication, limitBytes: number): void {
  app.useBodyParser('json', {
    limit: limitBytes,
    strict: true,
    inflate: false,
    type: JSON_CONTENT_TYPES,
    verify: refuseInvalidUtf8,
  });
  app.use(translateBodyParserError(limitBytes));
  app.use(refuseUnrepresentableBody);
}

/**
 * Checks the parsed body before anything walks it recursively (the idempotency fingerprint runs
 * before validation): a body nested deeper than any request of this service could overflow the call
 * stack, and `1e309` parses to Infinity, which no amount, id or year may be and canonical JSON cannot
 * express. The walk keeps its own stack; the body limit bounds its length.
 */
function refuseUnrepresentableBody(request: Request, _response: Response, next: NextFunction): void {
  const problem = bodyShapeProblem(request.body);
  next(problem === undefined ? undefined : ProblemException.of('malformedJson', { detail: problem }));
}

function bodyShapeProblem(body: unknown): string | undefined {
  const pending: [unknown, string, number][] = [[body, 'body', 0]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [value, path, depth] = next;
    if (typeof value === 'number' && !Number.isFinite(value)) {
      return `The number in field ${path} is out of range: JSON numbers must be finite`;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth > BODY_DEPTH_MAX) return `The request body is nested deeper than ${BODY_DEPTH_MAX} levels`;
    for (const [key, child] of Object.entries(value)) {
      pending.push([child, path === 'body' ? key : `${path}.${key}`, depth + 1]);
    }
  }
  return undefined;
}

/**
 * The JSON parser would replace bytes that are not UTF-8 with U+FFFD and accept the body; a ledger
 * must not record text other than what was sent, so such a body is refused whole.
 */
function refuseInvalidUtf8(_request: Request, _response: Response, body: Buffer): void {
  if (!isUtf8(body)) throw new InvalidUtf8Error();
}

class InvalidUtf8Error extends Error {
  constructor() {
    super('The request body is not valid UTF-8');
  }
}

interface BodyParserError {
  readonly type?: string;
  readonly message?: string;
  readonly charset?: string;
}

/** Turns the body parser's errors into problems before Nest sees them, so each gets a clear message. */
function translateBodyParserError(limitBytes: number) {
  return (error: unknown, _request: Request, _response: Response, next: NextFunction): void => {
    next(problemForBodyParserError(error as BodyParserError, limitBytes) ?? error);
  };
}

function problemForBodyParserError(error: BodyParserError, limitBytes: number): ProblemException | undefined {
  switch (error.type) {
    case 'entity.parse.failed':
      return ProblemException.of('malformedJson', {
        detail: `The request body is not valid JSON, or not a JSON object or array: ${error.message ?? 'parse error'}`,
      });
    case 'entity.verify.failed':
      return ProblemException.of('invalidInput', {
        detail: `${error.message ?? 'The request body was refused'}: send JSON encoded as UTF-8`,
      });
    case 'entity.too.large':
      return ProblemException.of('payloadTooLarge', {
        detail: `The request body is larger than the limit of ${limitBytes} bytes`,
      });
    case 'charset.unsupported':
      return ProblemException.of('unsupportedMediaType', {
        detail: `The request body must be encoded as UTF-8, not ${error.charset ?? 'the given charset'}`,
      });
    case 'encoding.unsupported':
      return ProblemException.of('unsupportedMediaType', {
        detail: 'Compressed request bodies are not accepted; send the JSON uncompressed',
      });
    case 'request.aborted':
    case 'request.size.invalid':
      return ProblemException.of('invalidInput', {
        detail: 'The request body ended before its announced length',
      });
    default:
      return undefined;
  }
}

/**
 * Refuses a body in anything but JSON with 415 on methods that carry one. A request without a body
 * passes: the validation of the handler's parameters then names what is missing.
 */
export function requireJsonBody(request: Request, _response: Response, next: NextFunction): void {
  if (!METHODS_WITH_BODY.has(request.method) || !hasBody(request) || isJsonContentType(request)) {
    next();
    return;
  }
  const contentType = request.headers['content-type'];
  next(
    ProblemException.of('unsupportedMediaType', {
      detail:
        contentType === undefined
          ? 'The request has a body but no Content-Type; send it as application/json'
          : `The request body must be application/json, not ${contentType.split(';')[0]}`,
    }),
  );
}

function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function isJsonContentType(request: Request): boolean {
  return typeof request.is(JSON_CONTENT_TYPES) === 'string';
}
