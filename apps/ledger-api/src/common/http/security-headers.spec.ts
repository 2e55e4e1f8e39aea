/**
 * Goal: the one CSP of the service allows scripts and styles from the service only (plus the HTML
 * report's stylesheet by its hash, never `unsafe-inline` outside the OpenAPI page), and extends by
 * adding sources, e.g. an identity provider's origin to `connect-src` for the web application.
 */
import { createHash } from 'node:crypto';
import { REPORT_HTML_STYLE } from '@fund-ledger/reporting';
import { CONTENT_SECURITY_POLICY, OPENAPI_PAGE_POLICY, styleHash, withSources } from './security-headers';

describe('the content security policy', () => {
  it('allows scripts only from the service, and inline styles only on the OpenAPI page', () => {
    expect(CONTENT_SECURITY_POLICY['script-src']).toEqual(["'self'"]);
    expect(Object.values(CONTENT_SECURITY_POLICY).flat()).not.toContain("'unsafe-inline'");
    expect(OPENAPI_PAGE_POLICY['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(OPENAPI_PAGE_POLICY['script-src']).toEqual(["'self'"]);
  });

  it("allows the HTML report's stylesheet by the hash of its exact text", () => {
    const expected = createHash('sha256').update(REPORT_HTML_STYLE).digest('base64');
    expect(CONTENT_SECURITY_POLICY['style-src']).toContain(`'sha256-${expected}'`);
    expect(styleHash('a{}')).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
  });

  it('extends a directive with further sources, once each, leaving the others', () => {
    const extended = withSources(CONTENT_SECURITY_POLICY, {
      'connect-src': ['https://login.dortmund.example', "'self'"],
    });
    expect(extended['connect-src']).toEqual(["'self'", 'https://login.dortmund.example']);
    expect(extended['script-src']).toEqual(CONTENT_SECURITY_POLICY['script-src']);
    expect(CONTENT_SECURITY_POLICY['connect-src']).toEqual(["'self'"]);
  });
});
