import type { IncomingMessage, ServerResponse } from 'node:http';
import pino, { type Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import type { Settings } from '@fund-ledger/config';
import { assignCorrelationId } from '../common/http/correlation-id';

/** Credentials never reach a log line, wherever they appear in a logged object. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.authorization',
  '*.password',
  '*.secret',
  '*.jwtSecret',
  '*.token',
];

/** The process's root logger: JSON lines on stdout with ISO timestamps and level names. */
export function createRootLogger(settings: Settings): Logger {
  return pino({
    level: settings.logLevel,
    base: { service: 'ledger-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  });
}

/**
 * The request logger: one line per response, and a child logger per request that puts the
 * correlation id on every line written while the request is served.
 */
export function createHttpLogger(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId: (request: IncomingMessage, response: ServerResponse) => assignCorrelationId(request, response),
    customProps: (request: IncomingMessage) => ({ correlationId: assignCorrelationId(request) }),
    customLogLevel: (_request, response, error) => {
      if (error !== undefined || response.statusCode >= 500) return 'error';
      return response.statusCode >= 400 ? 'warn' : 'info';
    },
    serializers: {
      req: (request: { method: string; url: string; headers: Record<string, unknown> }) => ({
        method: request.method,
        url: request.url,
        userAgent: request.headers['user-agent'],
      }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
  });
}
