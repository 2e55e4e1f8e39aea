/**
 * Goal: every kind of failure maps to a problem with a documented type, the right status and a plain
 * message; domain refusals keep their code; unexpected errors reveal nothing of their internals.
 */
import {
  BadRequestException,
  HttpException,
  NotFoundException,
  ServiceUnavailableException,
} from '@nestjs/common';
import { DomainError } from '@fund-ledger/domain';
import { AppendUnconfirmedError, ConcurrencyError } from '@fund-ledger/event-store';
import { ProjectionError } from '@fund-ledger/projections';
import { CommandConflictError } from './command-conflict.error';
import { ShuttingDownError } from '../../shutdown/in-flight-commands';
import { ProblemException } from './problem.exception';
import { toProblem } from './to-problem';

const request = { method: 'POST', path: '/funds/city/contributions' };
const BASE = 'https://fund-ledger.example/problems/';

describe('toProblem', () => {
  it.each([
    ['not_found', 404, 'not-found'],
    ['conflict', 409, 'conflict'],
    ['rule_violated', 422, 'rule-violated'],
    ['invalid_input', 400, 'invalid-input'],
  ] as const)('maps a domain error of kind %s to %d with its code', (kind, status, slug) => {
    const error = new DomainError('PAYOUT.EXCEEDS_GRANT', 'The payout exceeds the grant.', kind);
    expect(toProblem(error, request)).toEqual({
      type: `${BASE}${slug}`,
      title: expect.any(String),
      status,
      detail: 'The payout exceeds the grant.',
      code: 'PAYOUT.EXCEEDS_GRANT',
    });
  });

  it('names the field of a domain error about one field', () => {
    const error = new DomainError(
      'MONEY.INVALID_AMOUNT',
      'amount must be more than 0.00 EUR.',
      'invalid_input',
      'amount',
    );
    expect(toProblem(error, request).errors).toEqual([
      { field: 'amount', message: 'amount must be more than 0.00 EUR.' },
    ]);
  });

  it.each([new CommandConflictError('fund-city', 6), new ConcurrencyError('fund-city', 3, 4)])(
    'maps a lost race (%p) to 409 asking for a retry',
    (error) => {
      expect(toProblem(error, request)).toEqual({
        type: `${BASE}concurrent-modification`,
        title: 'Changed by another request at the same time',
        status: 409,
        detail: 'The fund was changed by another request at the same time; retry',
      });
    },
  );

  it('passes a problem exception through unchanged', () => {
    const exception = ProblemException.of('payloadTooLarge', { detail: 'too big' });
    expect(toProblem(exception, request)).toBe(exception.problem);
  });

  it('describes an unknown route by its method and path', () => {
    expect(toProblem(new NotFoundException('Cannot POST /funds/city/contributions'), request)).toMatchObject({
      type: `${BASE}not-found`,
      status: 404,
      detail: 'There is no resource at POST /funds/city/contributions',
    });
  });

  it('keeps the message of an HTTP exception raised on purpose', () => {
    expect(toProblem(new BadRequestException('fromDate must be before toDate'), request)).toMatchObject({
      type: `${BASE}invalid-input`,
      status: 400,
      detail: 'fromDate must be before toDate',
    });
  });

  it('uses about:blank for statuses without a problem type of their own', () => {
    expect(toProblem(new HttpException('Slow down', 429), request)).toEqual({
      type: 'about:blank',
      title: 'Too Many Requests',
      status: 429,
      detail: 'Slow down',
    });
  });

  it('lists the failed health checks of a readiness 503', () => {
    const details = { eventStore: { status: 'down', message: 'No answer within 2000 ms' } };
    const problem = toProblem(new ServiceUnavailableException({ status: 'error', details }), request);
    expect(problem).toMatchObject({ type: `${BASE}service-unavailable`, status: 503, checks: details });
  });

  it("names the event a fund's read models cannot fold, as a 503", () => {
    const error = new ProjectionError('postings do not balance', 42, 'fund-north', 'PayoutMade');
    expect(toProblem(error, request)).toMatchObject({
      status: 503,
      type: expect.stringMatching(/service-unavailable$/),
      detail: expect.stringMatching(/position 42 of fund-north \(PayoutMade\): postings do not balance/),
    });
  });

  it('asks for a retry while the service shuts down', () => {
    expect(toProblem(new ShuttingDownError(), request)).toMatchObject({ status: 503 });
  });

  it('asks for the same request again when the store could not confirm an append, without its internals', () => {
    const error = new AppendUnconfirmedError(
      'fund-city',
      7,
      8,
      4,
      new Error('DEADLINE_EXCEEDED at node-2:2113'),
    );
    const problem = toProblem(error, request);
    expect(problem).toEqual({
      type: `${BASE}service-unavailable`,
      title: 'The service is not available',
      status: 503,
      detail: expect.stringMatching(/same Idempotency-Key/),
    });
    expect(JSON.stringify(problem)).not.toContain('node-2');
  });

  it.each([
    new Error('SQLITE_CORRUPT: database disk image is malformed at /var/lib/x'),
    'a string',
    undefined,
  ])('hides the internals of an unexpected failure (%p)', (error) => {
    const problem = toProblem(error, request);
    expect(problem).toEqual({
      type: `${BASE}internal-error`,
      title: 'Internal error',
      status: 500,
      detail: expect.stringContaining('quote the correlation id'),
    });
    expect(JSON.stringify(problem)).not.toContain('SQLITE');
  });
});
