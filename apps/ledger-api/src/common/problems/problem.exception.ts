import { HttpException } from '@nestjs/common';
import { problemOf, type ProblemContent, type ProblemDetails, type ProblemTypeName } from './problem-details';

/**
 * An HTTP error that already knows its problem details; the exception filter writes it unchanged
 * (adding only `instance` and the correlation id). `headers` are set on the response, e.g.
 * `WWW-Authenticate` on a 401.
 */
export class ProblemException extends HttpException {
  constructor(
    readonly problem: ProblemDetails,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(problem.detail, problem.status);
    this.name = 'ProblemException';
  }

  static of(
    name: ProblemTypeName,
    content: ProblemContent,
    headers?: Readonly<Record<string, string>>,
  ): ProblemException {
    return new ProblemException(problemOf(name, content), headers);
  }
}
