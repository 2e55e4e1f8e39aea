/**
 * RFC 9457 problem details: the one shape of every error response. Each problem type has a stable
 * URI under `PROBLEM_TYPE_BASE` (documentation, not a fetchable page), a short title that never
 * changes for the type, and a `detail` that explains this occurrence in plain words.
 */
export const PROBLEM_TYPE_BASE = 'https://fund-ledger.example/problems/';
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface FieldProblem {
  /** Path of the field in the request, e.g. `amount` or `parts[0].funderId`; a header is named as such. */
  readonly field: string;
  readonly message: string;
}

export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  /** A stable machine-readable code for domain refusals, e.g. `PAYOUT.EXCEEDS_GRANT`. */
  readonly code?: string;
  readonly errors?: readonly FieldProblem[];
  readonly [extension: string]: unknown;
}

interface ProblemType {
  readonly slug: string;
  readonly title: string;
  readonly status: number;
}

/** Every problem type the service answers with; the slug completes the type URI. */
export const PROBLEM_TYPES = {
  validation: { slug: 'validation', title: 'The request is not valid', status: 400 },
  malformedJson: { slug: 'malformed-json', title: 'The request body is not valid JSON', status: 400 },
  invalidInput: { slug: 'invalid-input', title: 'The request was refused as invalid', status: 400 },
  idempotencyKey: {
    slug: 'idempotency-key',
    title: 'The Idempotency-Key header is missing or invalid',
    status: 400,
  },
  unauthenticated: { slug: 'unauthenticated', title: 'Authentication is required', status: 401 },
  forbidden: { slug: 'forbidden', title: 'The role of the token does not allow this', status: 403 },
  notFound: { slug: 'not-found', title: 'Not found', status: 404 },
  conflict: { slug: 'conflict', title: 'The request conflicts with the current state', status: 409 },
  concurrentModification: {
    slug: 'concurrent-modification',
    title: 'Changed by another request at the same time',
    status: 409,
  },
  idempotencyInProgress: {
    slug: 'idempotency-in-progress',
    title: 'A request with this Idempotency-Key is still being processed',
    status: 409,
  },
  payloadTooLarge: { slug: 'payload-too-large', title: 'The request body is too large', status: 413 },
  unsupportedMediaType: {
    slug: 'unsupported-media-type',
    title: 'The request body must be JSON',
    status: 415,
  },
  idempotencyKeyReused: {
    slug: 'idempotency-key-reused',
    title: 'The Idempotency-Key was already used for a different request',
    status: 422,
  },
  ruleViolated: { slug: 'rule-violated', title: 'The request breaks a rule of the fund', status: 422 },
  internal: { slug: 'internal-error', title: 'Internal error', status: 500 },
  unavailable: { slug: 'service-unavailable', title: 'The service is not available', status: 503 },
} as const satisfies Record<string, ProblemType>;

export type ProblemTypeName = keyof typeof PROBLEM_TYPES;

/** Extra members of a problem besides type, title and status. */
export type ProblemContent = { readonly detail: string } & Omit<
  Partial<ProblemDetails>,
  'type' | 'title' | 'status' | 'detail'
>;

export function problemOf(name: ProblemTypeName, content: ProblemContent): ProblemDetails {
  const type = PROBLEM_TYPES[name];
  return { type: `${PROBLEM_TYPE_BASE}${type.slug}`, title: type.title, status: type.status, ...content };
}
