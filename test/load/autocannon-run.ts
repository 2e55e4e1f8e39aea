/**
 * One bounded load phase with autocannon: a fixed number of connections for a fixed duration against a
 * loopback URL. Each request is built by `nextRequest` (so every POST gets its own Idempotency-Key),
 * and each answer is handed to `onAnswer` with the name of the operation that sent it, together with
 * the response time autocannon measured.
 */
import autocannon from 'autocannon';

export interface PlannedRequest {
  readonly operation: string;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

export interface LoadPhaseOptions {
  readonly baseUrl: string;
  readonly connections: number;
  readonly durationSeconds: number;
  readonly nextRequest: () => PlannedRequest;
  readonly onAnswer: (operation: string, status: number, body: string, latencyMs: number) => void;
}

export interface LoadPhaseResult {
  readonly requests: number;
  readonly durationSeconds: number;
  readonly requestsPerSecond: number;
  /** Connection errors and timeouts: requests that got no HTTP answer at all. */
  readonly transportErrors: number;
}

interface RequestContext {
  operation?: string;
  answeredStatus?: number;
  answeredBody?: string;
}

interface AutocannonRequest {
  setupRequest(request: Record<string, unknown>, context: RequestContext): Record<string, unknown>;
  onResponse(status: number, body: string, context: RequestContext): void;
}

export function runLoadPhase(options: LoadPhaseOptions): Promise<LoadPhaseResult> {
  const request: AutocannonRequest = {
    setupRequest: (base, context) => {
      const planned = options.nextRequest();
      context.operation = planned.operation;
      return {
        ...base,
        method: planned.method,
        path: planned.path,
        headers: planned.headers,
        body: planned.body,
      };
    },
    // Runs before the 'response' event of the same answer, and before the next request is set up.
    onResponse: (status, body, context) => {
      context.answeredStatus = status;
      context.answeredBody = body;
    },
  };
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.baseUrl,
        connections: options.connections,
        pipelining: 1,
        duration: options.durationSeconds,
        timeout: 30,
        requests: [request],
      },
      (error, result) => {
        if (error !== null) {
          reject(error);
          return;
        }
        resolve({
          requests: result.requests.total,
          durationSeconds: result.duration,
          requestsPerSecond: result.requests.total / result.duration,
          transportErrors: result.errors + result.timeouts,
        });
      },
    );
    instance.on('response', (client, status, _bytes, latencyMs) => {
      const context = client.requestIterator.context as RequestContext;
      options.onAnswer(context.operation ?? 'unknown', status, context.answeredBody ?? '', latencyMs);
    });
  });
}
