import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import canonicalize from 'canonicalize';
import { ProblemException } from '../common/problems/problem.exception';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';
/** Printable ASCII (space to tilde), 1 to 128 characters: room for a UUID or a client's own scheme. */
const IDEMPOTENCY_KEY_PATTERN = /^[\x20-\x7e]{1,128}$/;
const KEY_HELP =
  'send a unique value (such as a UUID) per intended operation, and the same value when retrying it';

/** The request's Idempotency-Key, required on every POST; refuses a missing or malformed one. */
export function readIdempotencyKey(request: IncomingMessage): string {
  const key = request.headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()];
  if (key === undefined) {
    throw keyProblem(`Every POST needs an ${IDEMPOTENCY_KEY_HEADER} header: ${KEY_HELP}`);
  }
  if (headerCount(request, IDEMPOTENCY_KEY_HEADER) > 1) {
    // Node joins repeated headers into "a, b", which would pass as one key of its own.
    throw keyProblem(
      `The ${IDEMPOTENCY_KEY_HEADER} header was sent more than once; send it once: ${KEY_HELP}`,
    );
  }
  if (typeof key !== 'string' || !IDEMPOTENCY_KEY_PATTERN.test(key)) {
    throw keyProblem(
      `The ${IDEMPOTENCY_KEY_HEADER} header must be 1 to 128 printable ASCII characters, given once: ${KEY_HELP}`,
    );
  }
  return key;
}

/** How often a header was sent, counted in the raw header list (which keeps repeats apart). */
function headerCount(request: IncomingMessage, name: string): number {
  const lowerCaseName = name.toLowerCase();
  let count = 0;
  for (let index = 0; index < request.rawHeaders.length; index += 2) {
    if (request.rawHeaders[index]?.toLowerCase() === lowerCaseName) count += 1;
  }
  return count;
}

function keyProblem(message: string): ProblemException {
  return ProblemException.of('idempotencyKey', {
    detail: message,
    errors: [{ field: `header ${IDEMPOTENCY_KEY_HEADER}`, message }],
  });
}

/**
 * The command id for a subject's key: the same key from the same subject always gives the same id, so
 * the domain recognises a retried command even if its idempotency record was lost; two subjects that
 * happen to choose the same key get different ids. Written as a UUID (version 8, name-based) so it
 * fits every id format.
 */
export function commandIdFor(subject: string, key: string): string {
  const digest = createHash('sha256').update(`${subject}\n${key}`).digest();
  digest[6] = ((digest[6] ?? 0) & 0x0f) | 0x80;
  digest[8] = ((digest[8] ?? 0) & 0x3f) | 0x80;
  const hex = digest.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** What makes two requests "the same": method, path and the SHA-256 of the canonical JSON body. */
export function requestFingerprint(method: string, path: string, body: unknown): string {
  const bodyHash = createHash('sha256')
    .update(canonicalize(body ?? null) ?? 'null')
    .digest('hex');
  return `${method} ${path} sha256:${bodyHash}`;
}
