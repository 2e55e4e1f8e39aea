/** RFC 9457 problem details as the service answers them, and the error the web application throws for them. */
export interface ApiFieldProblem {
  readonly field: string;
  readonly message: string;
}

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code?: string;
  readonly errors?: readonly ApiFieldProblem[];
  readonly correlationId?: string;
}

export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = 'ApiProblem';
  }

  get status(): number {
    return this.problem.status;
  }

  /** The message for a field, from the problem's `errors`; the first one when several name it. */
  messageFor(field: string): string | undefined {
    return this.problem.errors?.find((error) => error.field === field || error.field.startsWith(`${field}.`))
      ?.message;
  }
}

/** Turns whatever came back into a problem: a problem+json body, or a plain failure of the network. */
export function toApiProblem(body: unknown, status: number): ApiProblem {
  if (isProblem(body)) return new ApiProblem(body);
  return new ApiProblem({ type: 'about:blank', title: 'Error', status, detail: `HTTP ${status}` });
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && typeof Reflect.get(body, 'detail') === 'string';
}
