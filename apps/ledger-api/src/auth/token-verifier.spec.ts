/**
 * Goal: only tokens signed with the configured key and algorithm, unexpired, for the configured
 * issuer and audience, are accepted; their roles and a jury member's id are read from the usual
 * claims; every refusal says why; an unreachable identity provider is told apart from a bad token.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { loadSettings } from '@fund-ledger/config';
import { KeySetUnavailableError, TokenRejectedError, TokenVerifier } from './token-verifier';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';
const nowSeconds = () => Math.floor(Date.now() / 1000);

function sign(claims: JWTPayload, options: { secret?: string; alg?: string } = {}): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: options.alg ?? 'HS256' })
    .sign(new TextEncoder().encode(options.secret ?? SECRET));
}

const base = () => ({ sub: 'anna', roles: ['treasurer'], exp: nowSeconds() + 600 });

function verifierWith(env: NodeJS.ProcessEnv = {}): TokenVerifier {
  return new TokenVerifier(loadSettings({ JWT_SECRET: SECRET, ...env }));
}

async function rejection(verifier: TokenVerifier, token: string): Promise<string> {
  try {
    await verifier.verify(token);
  } catch (error) {
    if (error instanceof TokenRejectedError) return error.reason;
    throw error;
  }
  throw new Error('expected the token to be refused');
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('TokenVerifier with a shared secret', () => {
  const verifier = verifierWith();

  it('accepts a valid token and reads subject and roles', async () => {
    expect(await verifier.verify(await sign(base()))).toEqual({ subject: 'anna', roles: ['treasurer'] });
  });

  it('reads roles from "role" and from Keycloak\'s realm_access, ignoring unknown ones', async () => {
    const token = await sign({
      sub: 'ben',
      role: 'auditor',
      realm_access: { roles: ['council', 'offline_access'] },
      exp: nowSeconds() + 60,
    });
    expect(await verifier.verify(token)).toEqual({ subject: 'ben', roles: ['auditor', 'council'] });
  });

  it('takes nothing from a memberId claim: a jury member is their subject and issuer', async () => {
    const token = await sign({ ...base(), roles: ['jury-member'], memberId: 'member-7' });
    expect(await verifier.verify(token)).toEqual({ subject: 'anna', roles: ['jury-member'] });
    const issued = await sign({ ...base(), roles: ['jury-member'], iss: 'https://login.city.example' });
    expect(await verifier.verify(issued)).toEqual({
      subject: 'anna',
      issuer: 'https://login.city.example',
      roles: ['jury-member'],
    });
  });

  it('refuses a token signed with another secret', async () => {
    const forged = await sign(base(), { secret: 'another-secret-that-is-long-enough-too!' });
    expect(await rejection(verifier, forged)).toBe('The token signature is not valid');
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const [header, , signature] = (await sign(base())).split('.');
    const tampered = `${header}.${base64url({ ...base(), roles: ['fund-manager'] })}.${signature}`;
    expect(await rejection(verifier, tampered)).toBe('The token signature is not valid');
  });

  it('refuses an unsigned token (alg "none")', async () => {
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(base())}.`;
    expect(await rejection(verifier, unsigned)).toMatch(/algorithm|well-formed/);
  });

  it('refuses an algorithm other than HS256, even with the right secret', async () => {
    expect(await rejection(verifier, await sign(base(), { alg: 'HS512' }))).toBe(
      'The token is signed with an algorithm this service does not accept',
    );
  });

  it('refuses an expired token', async () => {
    expect(await rejection(verifier, await sign({ ...base(), exp: nowSeconds() - 3600 }))).toBe(
      'The token has expired',
    );
  });

  it('refuses a token without expiry or subject', async () => {
    const { exp: _exp, ...withoutExpiry } = base();
    expect(await rejection(verifier, await sign(withoutExpiry))).toContain('"exp" claim');
    const { sub: _sub, ...withoutSubject } = base();
    expect(await rejection(verifier, await sign(withoutSubject))).toContain('"sub" claim');
  });

  it('refuses something that is not a JWT', async () => {
    expect(await rejection(verifier, 'not-a-token')).toBe('The token is not a well-formed signed JWT');
  });

  it('checks issuer and audience when they are configured', async () => {
    const strict = verifierWith({ JWT_ISSUER: 'https://id.example', JWT_AUDIENCE: 'fund-ledger' });
    const good = await sign({ ...base(), iss: 'https://id.example', aud: 'fund-ledger' });
    expect((await strict.verify(good)).subject).toBe('anna');
    expect(
      await rejection(strict, await sign({ ...base(), iss: 'https://evil.example', aud: 'fund-ledger' })),
    ).toContain('"iss" claim');
    expect(
      await rejection(strict, await sign({ ...base(), iss: 'https://id.example', aud: 'other' })),
    ).toContain('"aud" claim');
  });
});

describe('TokenVerifier with a remote key set', () => {
  let server: Server;
  let jwksUrl: string;
  let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
    server = createServer((_request, response) => {
      response.setHeader('Content-Type', 'application/json');
      response.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/certs`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  function signRs256(claims: JWTPayload, kid = 'key-1'): Promise<string> {
    return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid }).sign(privateKey);
  }

  it('accepts a token signed by the identity provider', async () => {
    const verifier = new TokenVerifier(loadSettings({ JWKS_URL: jwksUrl }));
    expect(await verifier.verify(await signRs256(base()))).toEqual({ subject: 'anna', roles: ['treasurer'] });
  });

  it('refuses an HS256 token even if signed with the public key material', async () => {
    const verifier = new TokenVerifier(loadSettings({ JWKS_URL: jwksUrl }));
    expect(await rejection(verifier, await sign(base()))).toMatch(/algorithm|signing key/);
  });

  it('refuses a token whose key id the provider does not publish', async () => {
    const verifier = new TokenVerifier(loadSettings({ JWKS_URL: jwksUrl }));
    expect(await rejection(verifier, await signRs256(base(), 'key-unknown'))).toContain('No signing key');
  });

  it('reports an unreachable provider as unavailable, not as a bad token', async () => {
    const verifier = new TokenVerifier(loadSettings({ JWKS_URL: 'http://127.0.0.1:9/certs' }));
    await expect(verifier.verify(await signRs256(base()))).rejects.toBeInstanceOf(KeySetUnavailableError);
  });
});
