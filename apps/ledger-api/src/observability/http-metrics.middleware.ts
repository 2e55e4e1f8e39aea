import type { NextFunction, Request, Response } from 'express';
import type { MetricsService } from './metrics.service';

/** Label for requests no route matched: unknown paths must not create one label value each. */
export const UNMATCHED_ROUTE = '(unmatched)';
/** The catch-all route Nest installs to answer unknown paths with 404. */
const NOT_FOUND_CATCH_ALL = '/{*path}';

/**
 * Counts every response and its latency under the route template Express matched, so
 * `/funds/a/contributions` and `/funds/b/contributions` share one series.
 */
export function httpMetricsMiddleware(metrics: MetricsService) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const startedAt = process.hrtime.bigint();
    response.once('finish', () => {
      metrics.recordHttpRequest({
        method: request.method,
        route: routeTemplateOf(request),
        status: response.statusCode,
        durationSeconds: Number(process.hrtime.bigint() - startedAt) / 1e9,
      });
    });
    next();
  };
}

function routeTemplateOf(request: Request): string {
  const route: unknown = request.route?.path;
  return typeof route === 'string' && route !== NOT_FOUND_CATCH_ALL ? route : UNMATCHED_ROUTE;
}
