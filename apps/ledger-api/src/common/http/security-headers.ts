import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import { REPORT_HTML_STYLE } from '@fund-ledger/reporting';
import { OPENAPI_UI_PATH } from '../../openapi/openapi';

/** CSP directives by name, each a list of sources; the one place where the service's policy is written. */
export type CspDirectives = Readonly<Record<string, readonly string[]>>;

/**
 * The Content-Security-Policy of every answer: scripts, styles, images, fonts and requests only from
 * the service itself, no plugins, no framing by any page, forms only to the service. HTML the service
 * serves (the HTML report, later the web application's own bundles) runs under it unchanged; an
 * inline stylesheet is allowed only by the hash of its exact text (the report's). A page that needs
 * more (the web application's identity provider in `connect-src`) extends it with `withSources`.
 */
export const CONTENT_SECURITY_POLICY: CspDirectives = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", styleHash(REPORT_HTML_STYLE)],
};

/**
 * The OpenAPI page (Swagger UI) loads its scripts from the service, but writes its styles inline, as
 * elements and attributes: it needs inline styles (which a hash source would switch off again), and
 * nothing else besides the policy above. Its scripts stay limited to the service's own files.
 */
export const OPENAPI_PAGE_POLICY: CspDirectives = {
  ...CONTENT_SECURITY_POLICY,
  'style-src': ["'self'", "'unsafe-inline'"],
};

/** The policy with further sources added to some directives (e.g. an identity provider to `connect-src`). */
export function withSources(policy: CspDirectives, added: CspDirectives): CspDirectives {
  const merged: Record<string, readonly string[]> = { ...policy };
  for (const [directive, sources] of Object.entries(added)) {
    merged[directive] = [...new Set([...(policy[directive] ?? []), ...sources])];
  }
  return merged;
}

/** A CSP hash source for an inline script or stylesheet of exactly this text. */
export function styleHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Security headers on every answer, set with helmet: the CSP (the OpenAPI page's own under `/docs`),
 * `X-Content-Type-Options: nosniff`, `X-Frame-Options: DENY`, no referrer, same-origin resource and
 * opener policies. Every answer also says `Cache-Control: no-store`: balances, reports and exports are
 * authenticated and change with every event, so no browser or proxy may keep a copy.
 */
export function securityHeaders() {
  const forApi = helmetWith(CONTENT_SECURITY_POLICY);
  const forOpenApiPage = helmetWith(OPENAPI_PAGE_POLICY);
  const openApiPrefix = `/${OPENAPI_UI_PATH}`;
  return (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void): void => {
    response.setHeader('Cache-Control', 'no-store');
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const onOpenApiPage = path === openApiPrefix || path.startsWith(`${openApiPrefix}/`);
    (onOpenApiPage ? forOpenApiPage : forApi)(request, response, next);
  };
}

function helmetWith(directives: CspDirectives) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: Object.fromEntries(
        Object.entries(directives).map(([name, sources]) => [name, [...sources]]),
      ),
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
