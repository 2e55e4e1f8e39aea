/**
 * A real OpenID provider for the sign-in test: oidc-provider (ESM-only, so it runs as a child process
 * of the test) over TLS with a certificate of the test's own certificate authority. Any login name
 * signs in with any password; the access token is a JWT for the ledger's audience that carries the
 * roles given in OIDC_TEST_ROLES. Prints "listening" when it accepts connections.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import process from 'node:process';
import { URL } from 'node:url';
import Provider from 'oidc-provider';

const env = process.env;
const issuer = env.OIDC_TEST_ISSUER;
const audience = env.OIDC_TEST_AUDIENCE;
const port = Number(new URL(issuer).port);
const roles = env.OIDC_TEST_ROLES.split(',');
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key-1', alg: 'RS256', use: 'sig' };

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: env.OIDC_TEST_CLIENT_ID,
      token_endpoint_auth_method: 'none',
      redirect_uris: env.OIDC_TEST_REDIRECT_URIS.split(','),
      post_logout_redirect_uris: [`${env.OIDC_TEST_APP_ORIGIN}/sign-in`],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  jwks: { keys: [signingKey] },
  cookies: { keys: [randomBytes(32).toString('base64url')] },
  scopes: ['openid', 'profile', 'fund-ledger'],
  claims: { openid: ['sub'], profile: ['name'] },
  findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub, name: `Test ${sub}` }) }),
  clientBasedCORS: () => true,
  extraTokenClaims: (_ctx, token) => (token.kind === 'AccessToken' ? { roles } : undefined),
  features: {
    devInteractions: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => audience,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({
        scope: 'fund-ledger',
        audience,
        accessTokenTTL: 600,
        accessTokenFormat: 'jwt',
        jwt: { sign: { alg: 'RS256' } },
      }),
    },
  },
});

const tls = { key: readFileSync(env.OIDC_TEST_KEY_FILE), cert: readFileSync(env.OIDC_TEST_CERT_FILE) };
createServer(tls, provider.callback()).listen(port, '127.0.0.1', () => {
  process.stdout.write('listening\n');
});
