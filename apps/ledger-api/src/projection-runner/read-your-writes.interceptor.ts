import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, mergeMap, type Observable } from 'rxjs';
import { ProjectionProgress, type ReadModelStatus } from './projection-progress';

/** Set to `pending` on a command response when the read models had not yet reached the command's events. */
export const PROJECTION_LAG_HEADER = 'X-Projection-Lag';
/** The position the read models had reached when the response was sent. */
export const PROJECTION_POSITION_HEADER = 'X-Projection-Position';

/** The part of a fund command's response this interceptor reads and completes. */
interface CommandResponseBody {
  readonly position: number;
  readonly events: readonly unknown[];
  readonly readModels?: ReadModelStatus;
}

function isCommandResponse(body: unknown): body is CommandResponseBody {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof Reflect.get(body, 'position') === 'number' &&
    Array.isArray(Reflect.get(body, 'events'))
  );
}

/**
 * Read-your-writes for every command: a successful POST whose response names the global position of
 * the events it appended (`position` and `events`, as every fund command answers) returns only once the
 * read models have reached that position, or READ_YOUR_WRITES_TIMEOUT_MS has passed. The response then
 * carries `readModels: { caughtUp, position }` (unless the handler already filled it in); on a timeout
 * it also carries the header `X-Projection-Lag: pending`, and always `X-Projection-Position`. A retry
 * answered from its Idempotency-Key's record repeats the first response's body, `readModels` included,
 * without these headers (ADR 0006: replays are the first answer, not the current state).
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  constructor(private readonly progress: ProjectionProgress) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http' || context.switchToHttp().getRequest<Request>().method !== 'POST') {
      return next.handle();
    }
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(mergeMap((body: unknown) => from(this.complete(body, response))));
  }

  private async complete(body: unknown, response: Response): Promise<unknown> {
    if (!isCommandResponse(body)) return body;
    const status = body.readModels ?? (await this.progress.waitFor(body.position));
    response.setHeader(PROJECTION_POSITION_HEADER, String(status.position));
    if (!status.caughtUp) response.setHeader(PROJECTION_LAG_HEADER, 'pending');
    return { ...body, readModels: status };
  }
}
