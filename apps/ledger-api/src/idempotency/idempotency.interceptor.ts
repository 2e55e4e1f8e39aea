import {
  type CallHandler,
  type ExecutionContext,
  HttpStatus,
  Inject,
  Injectable,
  Logger,
  type NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { catchError, defer, finalize, from, map, mergeMap, type Observable, of, throwError } from 'rxjs';
import { actorOf } from '../auth/actor';
import { CLOCK, type Clock } from '../common/clock';
import { ProblemException } from '../common/problems/problem.exception';
import { setCommandAcceptance } from './command-acceptance';
import {
  commandIdFor,
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAYED_HEADER,
  readIdempotencyKey,
  requestFingerprint,
} from './idempotency-key';
import {
  IDEMPOTENCY_STORE,
  IN_PROGRESS_RENEWAL_MS,
  type IdempotencyScope,
  type IdempotencyStore,
  type StoredResponse,
} from './idempotency-store.port';

/** The subject of requests on public routes, which carry no token. */
const PUBLIC_SUBJECT = '(public)';

/**
 * Makes every POST idempotent by its Idempotency-Key. The first request with a key runs and its
 * successful response is recorded; the same request again gets that response replayed (with
 * `Idempotent-Replayed: true`) and runs nothing; the key with a different request is refused (422);
 * a repeat while the first still runs is refused (409). A failed run leaves no record, so its retry
 * runs again — safely, because the command id derived from the key lets the domain spot a repeat.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');

  constructor(
    @Inject(IDEMPOTENCY_STORE) private readonly store: IdempotencyStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly reflector: Reflector,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    if (request.method !== 'POST') return next.handle();
    const key = readIdempotencyKey(request);
    const scope: IdempotencyScope = { subject: actorOf(request)?.subject ?? PUBLIC_SUBJECT, key };
    const acceptedAt = this.clock.now();
    const path = request.originalUrl.split('?')[0] ?? request.originalUrl;
    const outcome = await this.store.begin(scope, requestFingerprint('POST', path, request.body), acceptedAt);
    switch (outcome.kind) {
      case 'completed':
        return this.replay(context.switchToHttp().getResponse<Response>(), outcome.response);
      case 'in_progress':
        throw ProblemException.of('idempotencyInProgress', {
          detail: `A request with this ${IDEMPOTENCY_KEY_HEADER} is still being processed; retry once it has finished`,
        });
      case 'mismatch':
        throw ProblemException.of('idempotencyKeyReused', {
          detail: `This ${IDEMPOTENCY_KEY_HEADER} was already used for a different request (method, path or body differ); use a new key for a new operation`,
        });
      case 'started':
        setCommandAcceptance(request, {
          commandId: commandIdFor(scope.subject, key),
          idempotencyKey: key,
          acceptedAt: acceptedAt.toISOString(),
        });
        return this.runAndRecord(next, scope, outcome.attemptId, this.successStatus(context));
    }
  }

  private runAndRecord(
    next: CallHandler,
    scope: IdempotencyScope,
    attemptId: string,
    status: number,
  ): Observable<unknown> {
    return defer(() => {
      const renewal = setInterval(() => void this.renew(scope, attemptId), IN_PROGRESS_RENEWAL_MS);
      return next.handle().pipe(
        finalize(() => clearInterval(renewal)),
        catchError((error: unknown) =>
          from(this.store.release(scope, attemptId)).pipe(mergeMap(() => throwError(() => error))),
        ),
        mergeMap((body: unknown) =>
          from(this.record(scope, attemptId, { status, bodyJson: bodyJsonOf(body) })).pipe(map(() => body)),
        ),
      );
    });
  }

  /**
   * Keeps the key held while the run is alive. A failed renewal is logged, not fatal: the run goes on,
   * and should its lease run out meanwhile, the domain recognises a retry's repeated command id.
   */
  private async renew(scope: IdempotencyScope, attemptId: string): Promise<void> {
    try {
      await this.store.renew(scope, attemptId, this.clock.now());
    } catch (error) {
      this.logger.warn({ err: error, key: scope.key }, 'Could not renew the lease of an idempotent request');
    }
  }

  /**
   * A failure to record is logged, not returned: the command has succeeded, and the caller deserves
   * its answer. A retry then waits out the lease and runs again, which the domain recognises as a repeat.
   */
  private async record(scope: IdempotencyScope, attemptId: string, response: StoredResponse): Promise<void> {
    try {
      await this.store.complete(scope, attemptId, response, this.clock.now());
    } catch (error) {
      this.logger.warn(
        { err: error, key: scope.key },
        'Could not record the response of an idempotent request',
      );
    }
  }

  private replay(response: Response, stored: StoredResponse): Observable<unknown> {
    response.status(stored.status);
    response.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
    return of(stored.bodyJson === null ? undefined : JSON.parse(stored.bodyJson));
  }

  /** The status Nest will send on success: the handler's `@HttpCode()`, or 201 for a POST. */
  private successStatus(context: ExecutionContext): number {
    return (
      this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? HttpStatus.CREATED
    );
  }
}

function bodyJsonOf(body: unknown): string | null {
  return body === undefined ? null : JSON.stringify(body);
}
