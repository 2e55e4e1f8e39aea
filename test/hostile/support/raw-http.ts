/**
 * Requests sent byte for byte with `node:http`, so hostile tests control exactly what reaches the
 * service (invalid UTF-8, raw NUL bytes, wrong content types, odd headers) without a client library
 * re-encoding the body, and the problem+json check of their answers.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';

export interface RawRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Headers sent once more each, as a separate header line after the first. */
  readonly repeatedHeaders?: readonly (readonly [string, string])[];
  readonly body?: Buffer;
}

export interface RawResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly text: string;
}

const REQUEST_TIMEOUT_MS = 20_000;

export function sendRaw(port: number, raw: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | string[]> = { ...raw.headers };
    if (raw.body !== undefined) headers['content-length'] = String(raw.body.length);
    for (const [name, value] of raw.repeatedHeaders ?? []) {
      const first = headers[name];
      // Node sends each element of an array value as a header line of its own.
      headers[name] = first === undefined ? [value] : [...[first].flat(), value];
    }
    const request = httpRequest(
      { host: '127.0.0.1', port, method: raw.method, path: raw.path, headers, timeout: REQUEST_TIMEOUT_MS },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('timeout', () =>
      request.destroy(new Error(`No answer to ${raw.method} ${raw.path} within ${REQUEST_TIMEOUT_MS} ms`)),
    );
    request.on('error', reject);
    request.end(raw.body);
  });
}

export const PROBLEM_TYPE_BASE = 'https://fund-ledger.example/problems/';

export interface ExpectedAnswer {
  readonly status: number;
  /** The problem type slug, or several when more than one type is a right answer. */
  readonly type: string | readonly string[];
  /** A field the problem's `errors` must name. */
  readonly field?: string;
  /** The domain error code. */
  readonly code?: string;
  /** Text the `detail` must contain. */
  readonly detail?: RegExp;
}

/**
 * The answer is the expected 4xx as RFC 9457 problem+json: the documented members, a plain detail, the
 * correlation id of the response, the field or code when expected, and nothing that looks like a stack
 * trace or an internal path.
 */
export function expectProblemAnswer(response: RawResponse, expected: ExpectedAnswer): void {
  expect({ status: response.status, body: response.text.slice(0, 600) }).toMatchObject({
    status: expected.status,
  });
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = JSON.parse(response.text) as Record<string, unknown>;
  const types = (typeof expected.type === 'string' ? [expected.type] : expected.type).map(
    (slug) => `${PROBLEM_TYPE_BASE}${slug}`,
  );
  expect(types).toContain(problem['type']);
  expect(problem).toMatchObject({
    title: expect.any(String),
    status: expected.status,
    detail: expect.any(String),
    correlationId: response.headers['x-correlation-id'],
  });
  if (expected.code !== undefined) expect(problem['code']).toBe(expected.code);
  if (expected.detail !== undefined) expect(problem['detail']).toMatch(expected.detail);
  if (expected.field !== undefined) {
    expect(problem['errors']).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: expected.field })]),
    );
  }
  expect(response.text).not.toMatch(/\bat .+\.(ts|js):\d+|stack|node_modules/);
}
