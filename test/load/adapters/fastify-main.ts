/**
 * The service on Fastify (`@nestjs/platform-fastify`) instead of Express, started by
 * `npm run load -- adapters` only, to measure what the HTTP adapter costs (ADR 0012). It runs the same
 * application module (guards, interceptors, pipes, the request logger and the metrics middleware)
 * with Fastify's own JSON parser under the same body limit, and the same security headers. The
 * Express idioms of the edge code (`response.setHeader` in the interceptors and the problem filter,
 * `request.rawHeaders` in the Idempotency-Key check) are lent to Fastify's reply and request by
 * decorators, so the measured difference is the adapter's, not a rewrite's.
 */
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Logger } from 'nestjs-pino';
import { loadSettings } from '@fund-ledger/config';
import { AppModule } from '../../../apps/ledger-api/src/app.module';
import { httpMetricsMiddleware } from '../../../apps/ledger-api/src/observability/http-metrics.middleware';
import { securityHeaders } from '../../../apps/ledger-api/src/common/http/security-headers';
import { MetricsService } from '../../../apps/ledger-api/src/observability/metrics.service';
import { HTTP_LOGGER } from '../../../apps/ledger-api/src/observability/observability.module';

async function bootstrap(): Promise<void> {
  const settings = loadSettings(process.env);
  const adapter = new FastifyAdapter({ bodyLimit: settings.bodyLimitBytes });
  const fastify = adapter.getInstance();
  fastify.decorateReply('setHeader', function setHeader(this: FastifyReply, name: string, value: string) {
    return this.header(name, value);
  });
  fastify.decorateRequest('rawHeaders', {
    getter(this: FastifyRequest) {
      return this.raw.rawHeaders;
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(), adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.flushLogs();
  app.use(app.get(HTTP_LOGGER));
  app.use(httpMetricsMiddleware(app.get(MetricsService)));
  app.use(securityHeaders());
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  await app.listen(settings.port, settings.host);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`fund-ledger on Fastify could not start: ${String(error)}\n`);
  process.exit(1);
});
