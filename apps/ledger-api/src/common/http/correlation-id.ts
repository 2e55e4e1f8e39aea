import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Every request carries a correlation id: the caller's `X-Correlation-Id` when it sends a usable one
 * (so a chain of services can be followed), otherwise a fresh UUID. It is echoed in the response
 * header, written on every log line and into the metadata of every event the request appends.
 */
export const CORRELATION_ID_HEADER = 'x-correlation-id';
const USABLE_CORRELATION_ID = /^[\x21-\x7e]{1,128}$/;
const correlationIds = new WeakMap<IncomingMessage, string>();

/** Assigns the request's correlation id once and echoes it on the response; later calls return the same id. */
export function assignCorrelationId(request: IncomingMessage, response?: ServerResponse): string {
  const existing = correlationIds.get(request);
  if (existing !== undefined) return existing;
  const offered = request.headers[CORRELATION_ID_HEADER];
  const correlationId =
    typeof offered === 'string' && USABLE_CORRELATION_ID.test(offered) ? offered : randomUUID();
  correlationIds.set(request, correlationId);
  if (response !== undefined && !response.headersSent)
    response.setHeader(CORRELATION_ID_HEADER, correlationId);
  return correlationId;
}

export function correlationIdOf(request: IncomingMessage): string {
  return assignCorrelationId(request);
}
