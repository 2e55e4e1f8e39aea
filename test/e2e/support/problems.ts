import type { Response } from 'supertest';

export const PROBLEM_TYPE_BASE = 'https://fund-ledger.example/problems/';

export interface ExpectedProblem {
  readonly status: number;
  /** The slug after the problem type base, e.g. `validation`; or a full URI such as `about:blank`. */
  readonly type: string;
  /** Text the `detail` must contain. */
  readonly detail?: string | RegExp;
  /** A field the `errors` list must name. */
  readonly field?: string;
  /** The domain error code, for refusals of the fund's rules. */
  readonly code?: string;
}

/**
 * Asserts an RFC 9457 problem response: status, `application/problem+json`, the documented members
 * (type, title, status, detail, instance, correlationId), the expected type and details, and nothing
 * that looks like a stack trace or an internal error.
 */
export function expectProblem(response: Response, expected: ExpectedProblem): void {
  expect(response.status).toBe(expected.status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = JSON.parse(response.text) as Record<string, unknown>;
  const type = expected.type.includes(':') ? expected.type : `${PROBLEM_TYPE_BASE}${expected.type}`;
  expect(problem).toMatchObject({
    type,
    title: expect.any(String),
    status: expected.status,
    detail: expect.any(String),
    instance: expect.any(String),
    correlationId: response.headers['x-correlation-id'],
  });
  if (expected.detail !== undefined) expect(problem['detail']).toMatch(expected.detail);
  if (expected.code !== undefined) expect(problem['code']).toBe(expected.code);
  if (expected.field !== undefined) {
    expect(problem['errors']).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: expected.field })]),
    );
  }
  expect(response.text).not.toMatch(/\bat .+\.(ts|js):\d+|stack|node_modules/);
}
