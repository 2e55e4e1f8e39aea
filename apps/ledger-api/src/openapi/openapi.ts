import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

export const OPENAPI_UI_PATH = 'docs';
export const OPENAPI_JSON_PATH = 'docs-json';
export const BEARER_SCHEME = 'bearer';
export const LICENCE_NAME = 'EUPL-1.2';
export const LICENCE_URL = 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12';

/**
 * Serves the OpenAPI document at `/docs-json` and its UI at `/docs`, both without a token. Every
 * documented operation requires a bearer token; the public operational routes (health, metrics) are
 * left out of the document.
 */
export function setUpOpenApi(app: INestApplication): void {
  SwaggerModule.setup(OPENAPI_UI_PATH, app, buildOpenApiDocument(app), {
    jsonDocumentUrl: OPENAPI_JSON_PATH,
  });
}

/** The OpenAPI document of the service's routes; the web application's API types are generated from it. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('fund-ledger')
    .setDescription(
      'Event-sourced ledger for a municipal disposition fund (Verfügungsfonds). Amounts are JSON strings ' +
        'such as "1234.50". Every POST needs an Idempotency-Key header. Errors are RFC 9457 problem details ' +
        '(application/problem+json). Get a local token with `npx ledger-cli token --role <role> --sub <name>`.',
    )
    .setVersion('1')
    .setLicense(LICENCE_NAME, LICENCE_URL)
    // Relative to where the document is served: the service answers on its own origin, whatever its host name.
    .addServer('/', 'This service')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER_SCHEME)
    .addSecurityRequirements(BEARER_SCHEME)
    .build();
  return SwaggerModule.createDocument(app, config);
}
