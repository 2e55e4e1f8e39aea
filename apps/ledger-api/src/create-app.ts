import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { loadSettings, type Settings } from '@fund-ledger/config';
import { AppModule, type AppModuleOptions } from './app.module';
import { BoundedExpressAdapter } from './common/http/bounded-express-adapter';
import { jsonBodyReader } from './common/http/json-body';
import { securityHeaders } from './common/http/security-headers';
import { SETTINGS } from './config/settings.module';
import { httpMetricsMiddleware } from './observability/http-metrics.middleware';
import { MetricsService } from './observability/metrics.service';
import { HTTP_LOGGER } from './observability/observability.module';
import { setUpOpenApi } from './openapi/openapi';

/**
 * Builds the service exactly as it runs in production, without listening yet: `main.ts` and the
 * end-to-end tests both start from here, so tests exercise the real middleware order.
 */
export async function createApp(options: AppModuleOptions = {}): Promise<NestExpressApplication> {
  const { httpHeadersTimeoutMs, httpRequestTimeoutMs } = loadSettings(options.env ?? process.env);
  const adapter = new BoundedExpressAdapter({
    headersTimeoutMs: httpHeadersTimeoutMs,
    requestTimeoutMs: httpRequestTimeoutMs,
  });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(options), adapter, {
    bufferLogs: true,
    bodyParser: false,
    abortOnError: false,
  });
  configureApp(app);
  return app;
}

/**
 * Express-level set-up, in order: the request logger (assigns the correlation id), metrics, the
 * security headers, the JSON body reader (content type, charset, size limit, duplicate members), then
 * OpenAPI and shutdown hooks.
 */
function configureApp(app: NestExpressApplication): void {
  const settings = app.get<Settings>(SETTINGS);
  app.useLogger(app.get(Logger));
  // Nest flushes buffered start-up logs only in listen(); tests that only init() would buffer forever.
  app.flushLogs();
  app.disable('x-powered-by');
  app.use(app.get(HTTP_LOGGER));
  app.use(httpMetricsMiddleware(app.get(MetricsService)));
  app.use(securityHeaders());
  app.use(jsonBodyReader(settings.bodyLimitBytes));
  setUpOpenApi(app);
  // Exiting with process.exit (code 0) rather than re-raising the signal lets pino flush its last lines.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
}
