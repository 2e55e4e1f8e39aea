import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { correlationIdOf } from '../http/correlation-id';
import { PROBLEM_CONTENT_TYPE } from './problem-details';
import { ProblemException } from './problem.exception';
import { toProblem } from './to-problem';

/**
 * Writes every error as `application/problem+json`. Server-side failures are logged with their stack
 * and the correlation id; the response carries neither stack nor internal message, only the id to
 * quote when reporting the problem.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const correlationId = correlationIdOf(request);
    const path = request.originalUrl.split('?')[0] ?? request.originalUrl;
    const problem = toProblem(exception, { method: request.method, path });
    if (problem.status === 500) this.logFailure(exception, correlationId, request.method, path);
    if (response.headersSent) return;
    if (exception instanceof ProblemException) {
      for (const [name, value] of Object.entries(exception.headers)) response.setHeader(name, value);
    }
    response
      .status(problem.status)
      .setHeader('Content-Type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`)
      .send(JSON.stringify({ ...problem, instance: path, correlationId }));
  }

  private logFailure(exception: unknown, correlationId: string, method: string, path: string): void {
    const err = exception instanceof Error ? exception : new Error(String(exception));
    this.logger.error({ err, correlationId, method, path }, 'Request failed with an unexpected error');
  }
}
