import type { Settings } from '@fund-ledger/config';

/**
 * The Content-Security-Policy of the web application's pages: scripts, styles, fonts and images only
 * from the service itself (the bundle has no inline script or style element), requests only to the
 * service and, when configured, to the identity provider (discovery, token and user info endpoints),
 * and frames only of the identity provider (silent renewal of the sign-in). Nothing may frame the pages,
 * except the page of the silent renewal, which the application itself loads in a hidden frame.
 */
export function contentSecurityPolicy(settings: Settings, framing: 'none' | 'self' = 'none'): string {
  const identityProvider = settings.oidc === undefined ? '' : ` ${new URL(settings.oidc.issuerUrl).origin}`;
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${identityProvider}`,
    `frame-src 'self'${identityProvider}`,
    "manifest-src 'self'",
    "base-uri 'none'",
    `form-action 'self'${identityProvider}`,
    `frame-ancestors '${framing}'`,
  ].join('; ');
}
