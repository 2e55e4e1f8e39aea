import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import getRawBody from 'raw-body';
import { findDuplicateMember } from '@fund-ledger/event-store';
import { ProblemException } from '../problems/problem.exception';
import { BODY_DEPTH_MAX } from '../validation/strict-validation.pipe';

/** Content types read as JSON: plain JSON and the `+json` family (e.g. merge-patch). */
const JSON_MEDIA_TYPE = /^application\/(?:[a-z0-9!#$&^_.-]+\+)?json$/;
const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);
/** Closing the connection tells the client to stop sending, and keeps the service from reading on. */
const CLOSE_CONNECTION = { Connection: 'close' };

/**
 * Reads a JSON request body, refusing it as early as each problem shows:
 *
 * - before reading a byte: a body that is not JSON (415), in a charset other than UTF-8 (415),
 *   compressed (415: decompression would let a tiny upload expand into a huge one), or announced
 *   larger than the limit (413);
 * - while reading: at the limit (413), without reading the rest; the connection is closed;
 * - after reading: bytes that are not UTF-8, text that is not JSON or not an object or array (400),
 *   an object with a member name twice (400 naming it: parsers disagree on which value wins), a
 *   number beyond the double range or nesting deeper than any request needs (400).
 *
 * Only then does anything else (the idempotency fingerprint, validation) see `request.body`.
 */
export function jsonBodyReader(limitBytes: number) {
  return (request: Request, _response: Response, next: NextFunction): void => {
    if (!METHODS_WITH_BODY.has(request.method) || !hasBody(request)) {
      next();
      return;
    }
    const refusal = refusalBeforeReading(request, limitBytes);
    if (refusal !== undefined) {
      next(refusal);
      return;
    }
    readBody(request, limitBytes).then(
      (body) => {
        request.body = body;
        next();
      },
      (error: unknown) => next(error),
    );
  };
}

function refusalBeforeReading(request: IncomingMessage, limitBytes: number): ProblemException | undefined {
  const contentType = request.headers['content-type'];
  if (contentType === undefined) {
    return unsupported('The request has a body but no Content-Type; send it as application/json');
  }
  const { mediaType, charset } = parseContentType(contentType);
  if (!JSON_MEDIA_TYPE.test(mediaType)) {
    return unsupported(`The request body must be application/json, not ${mediaType}`);
  }
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    return unsupported(`The request body must be encoded as UTF-8, not ${charset}`);
  }
  const encoding = request.headers['content-encoding']?.trim().toLowerCase();
  if (encoding !== undefined && encoding !== '' && encoding !== 'identity') {
    return unsupported('Compressed request bodies are not accepted; send the JSON uncompressed');
  }
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limitBytes) return tooLarge(limitBytes);
  return undefined;
}

async function readBody(request: IncomingMessage, limitBytes: number): Promise<unknown> {
  let bytes: Buffer;
  try {
    bytes = await getRawBody(request, { length: request.headers['content-length'], limit: limitBytes });
  } catch (error) {
    throw readProblem(error as { type?: string }, limitBytes);
  }
  if (!isUtf8(bytes)) {
    throw ProblemException.of('invalidInput', {
      detail: 'The request body is not valid UTF-8: send JSON encoded as UTF-8',
    });
  }
  return parseJsonBody(bytes.toString('utf8'));
}

/** The parsed body, or a problem: not JSON, not an object or array, a duplicate member, out of bounds. */
export function parseJsonBody(text: string): unknown {
  const first = /\S/.exec(text)?.[0];
  if (first !== '{' && first !== '[') {
    throw malformed('The request body is not valid JSON, or not a JSON object or array');
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw malformed(`The request body is not valid JSON: ${(error as Error).message}`);
  }
  const duplicate = findDuplicateMember(text);
  if (duplicate !== undefined) {
    const field = duplicate.path.replace(/^\$\.?/, '');
    const message = `The member "${duplicate.name}" appears twice in the same object (at ${field}); send each field once`;
    throw ProblemException.of('malformedJson', { detail: message, errors: [{ field, message }] });
  }
  const shape = bodyShapeProblem(body);
  if (shape !== undefined) throw malformed(shape);
  return body;
}

/**
 * A body nested deeper than any request of this service could overflow the call stack of whatever
 * walks it, and `1e309` parses to Infinity, which no amount, id or year may be and canonical JSON
 * cannot express. The walk keeps its own stack; the body limit bounds its length.
 */
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

function readProblem(error: { type?: string }, limitBytes: number): ProblemException {
  if (error.type === 'entity.too.large') return tooLarge(limitBytes);
  return ProblemException.of('invalidInput', {
    detail: 'The request body ended before its announced length',
  });
}

function hasBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/** The media type and charset of a Content-Type header, lower-cased; parameters other than charset are ignored. */
function parseContentType(header: string): { mediaType: string; charset: string | undefined } {
  const [mediaType = '', ...parameters] = header.split(';').map((part) => part.trim().toLowerCase());
  const charset = parameters
    .map((parameter) => /^charset\s*=\s*"?([^"]*)"?$/.exec(parameter)?.[1])
    .find((value) => value !== undefined);
  return { mediaType, charset };
}

function unsupported(detail: string): ProblemException {
  return ProblemException.of('unsupportedMediaType', { detail });
}

function malformed(detail: string): ProblemException {
  return ProblemException.of('malformedJson', { detail });
}

function tooLarge(limitBytes: number): ProblemException {
  return ProblemException.of(
    'payloadTooLarge',
    { detail: `The request body is larger than the limit of ${limitBytes} bytes` },
    CLOSE_CONNECTION,
  );
}
