import type { Settings } from '@fund-ledger/config';
import { CONTENT_SECURITY_POLICY, type CspDirectives, withSources } from '../common/http/security-headers';

/**
 * The Content-Security-Policy of the web application's pages: the service's own policy (scripts,
 * styles and fonts from the service only, no inline script), with the configured identity provider
 * added where the sign-in needs it: requests (discovery, token), frames (silent renewal) and the
 * form of its sign-out. Nothing may frame the pages, except the page of the silent renewal, which the
 * application itself loads in a hidden frame.
 */
export function webAppPolicy(settings: Settings, framing: 'none' | 'self' = 'none'): string {
  const identityProvider = settings.oidc === undefined ? [] : [new URL(settings.oidc.issuerUrl).origin];
  const policy = withSources(CONTENT_SECURITY_POLICY, {
    'connect-src': identityProvider,
    'frame-src': ["'self'", ...identityProvider],
    'form-action': identityProvider,
  });
  return serialised({ ...policy, 'frame-ancestors': [`'${framing}'`] });
}

function serialised(policy: CspDirectives): string {
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}
