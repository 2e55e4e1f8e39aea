import { HttpException } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { DomainError, type DomainErrorKind } from '@fund-ledger/domain';
import { AppendUnconfirmedError, ConcurrencyError } from '@fund-ledger/event-store';
import { ProjectionError } from '@fund-ledger/projections';
import { CommandConflictError } from './command-conflict.error';
import { ShuttingDownError } from '../../shutdown/in-flight-commands';
import { problemOf, type ProblemDetails, type ProblemTypeName } from './problem-details';
import { ProblemException } from './problem.exception';

export const CONCURRENT_MODIFICATION_DETAIL =
  'The fund was changed by another request at the same time; retry';
/**
 * The store could not confirm an append: the change is stored whole or not at all. The idempotency key is
 * released on every failure, and a retry's repeated command id is recognised by the fund, so the same
 * request sent again finds the change if it stands and makes it if it does not.
 */
export const APPEND_UNCONFIRMED_DETAIL =
  'The event store did not confirm whether the change was stored; send the same request again with the same Idempotency-Key: it is then made exactly once';
export const INTERNAL_ERROR_DETAIL =
  'The service could not complete the request. The error was logged; quote the correlation id when reporting it.';

const READINESS_FAILED_DETAIL = 'At least one readiness check failed; `checks` says which';

const DOMAIN_KIND_PROBLEMS: Readonly<Record<DomainErrorKind, ProblemTypeName>> = {
  not_found: 'notFound',
  conflict: 'conflict',
  rule_violated: 'ruleViolated',
  invalid_input: 'invalidInput',
  forbidden: 'forbidden',
};

const HTTP_STATUS_PROBLEMS: Readonly<Record<number, ProblemTypeName>> = {
  400: 'invalidInput',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'notFound',
  409: 'conflict',
  413: 'payloadTooLarge',
  415: 'unsupportedMediaType',
  503: 'unavailable',
};

export interface RequestLine {
  readonly method: string;
  readonly path: string;
}

/**
 * Maps anything thrown while serving a request to problem details. Only messages written for users
 * travel to the client; an unexpected error becomes a generic 500 whose cause stays in the log.
 */
export function toProblem(exception: unknown, request: RequestLine): ProblemDetails {
  if (exception instanceof ProblemException) return exception.problem;
  if (exception instanceof DomainError) return domainProblem(exception);
  if (exception instanceof CommandConflictError || exception instanceof ConcurrencyError) {
    return problemOf('concurrentModification', { detail: CONCURRENT_MODIFICATION_DETAIL });
  }
  if (exception instanceof AppendUnconfirmedError) {
    return problemOf('unavailable', { detail: APPEND_UNCONFIRMED_DETAIL });
  }
  if (exception instanceof ShuttingDownError) return problemOf('unavailable', { detail: exception.message });
  if (exception instanceof ProjectionError) return projectionProblem(exception);
  if (exception instanceof HttpException) return httpProblem(exception, request);
  return problemOf('internal', { detail: INTERNAL_ERROR_DETAIL });
}

/**
 * A fund's history holds an event the read models cannot fold; the projection has stopped on it (see
 * `/health/projections`, which names it too). Until it is dealt with, the fund's figures are not given.
 */
function projectionProblem(error: ProjectionError): ProblemDetails {
  return problemOf('unavailable', {
    detail: `The read models cannot fold the event at position ${error.position} of ${error.streamId} (${error.eventType}): ${error.message}. This fund's figures cannot be given until that event is dealt with; /health/projections reports it.`,
  });
}

function domainProblem(error: DomainError): ProblemDetails {
  return problemOf(DOMAIN_KIND_PROBLEMS[error.kind], {
    detail: error.message,
    code: error.code,
    ...(error.field !== undefined ? { errors: [{ field: error.field, message: error.message }] } : {}),
  });
}

function httpProblem(exception: HttpException, request: RequestLine): ProblemDetails {
  const status = exception.getStatus();
  const checks = status === 503 ? healthChecksOf(exception.getResponse()) : undefined;
  if (checks !== undefined) return problemOf('unavailable', { detail: READINESS_FAILED_DETAIL, checks });
  const detail = httpDetail(exception, request);
  const name = HTTP_STATUS_PROBLEMS[status];
  if (name !== undefined) return problemOf(name, { detail });
  if (status >= 500) return problemOf('internal', { detail: INTERNAL_ERROR_DETAIL });
  return { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status, detail };
}

function httpDetail(exception: HttpException, request: RequestLine): string {
  if (exception.getStatus() === 404 && /^Cannot [A-Z]+ /.test(exception.message)) {
    return `There is no resource at ${request.method} ${request.path}`;
  }
  const response = exception.getResponse();
  const message =
    typeof response === 'object' && response !== null ? Reflect.get(response, 'message') : undefined;
  if (Array.isArray(message)) return message.map(String).join('; ');
  return typeof message === 'string' ? message : exception.message;
}

/** The health check results terminus puts in its 503 body, so a readiness probe sees what is down. */
function healthChecksOf(response: unknown): unknown {
  return typeof response === 'object' && response !== null ? Reflect.get(response, 'details') : undefined;
}
