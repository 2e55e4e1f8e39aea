import { SignJWT } from 'jose';
import type { Role } from '@fund-ledger/config';
import { signDevelopmentToken } from '@fund-ledger/config/development-token';

/** The HS256 secret every test service is started with, so tests can mint and forge tokens. */
export const TEST_JWT_SECRET = 'end-to-end-test-secret-of-sufficient-length';

export interface TokenOptions {
  readonly subject?: string;
  readonly lifetimeSeconds?: number;
  /** Seconds since the epoch; set in the past (with a short lifetime) for an expired token. */
  readonly issuedAt?: number;
}

/** A valid token for the test service, minted the same way `ledger-cli token` mints one. */
export function tokenFor(role: Role, options: TokenOptions = {}): Promise<string> {
  return signDevelopmentToken({
    secret: TEST_JWT_SECRET,
    subject: options.subject ?? `${role}-user`,
    role,
    lifetimeSeconds: options.lifetimeSeconds ?? 600,
    ...(options.issuedAt !== undefined ? { issuedAt: options.issuedAt } : {}),
  });
}

/** The `Authorization` header value carrying a valid token for the role. */
export async function bearer(role: Role, options: TokenOptions = {}): Promise<string> {
  return `Bearer ${await tokenFor(role, options)}`;
}

/** Tokens the service must refuse, for 401 tests. */
export const badTokens = {
  /** Signed with a different secret. */
  forged: (role: Role = 'treasurer') =>
    signDevelopmentToken({
      secret: 'some-other-secret-that-is-long-enough-too',
      subject: 'mallory',
      role,
      lifetimeSeconds: 600,
    }),
  /** Expired an hour ago. */
  expired: (role: Role = 'treasurer') =>
    tokenFor(role, { issuedAt: Math.floor(Date.now() / 1000) - 7200, lifetimeSeconds: 3600 }),
  /** Unsigned: `alg: none`, which must never be accepted. */
  unsigned: async (role: Role = 'treasurer') => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const claims = { sub: 'mallory', roles: [role], exp: Math.floor(Date.now() / 1000) + 600 };
    return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.`;
  },
  /** Signed with the right secret but HS512 instead of HS256. */
  wrongAlgorithm: (role: Role = 'treasurer') =>
    new SignJWT({ roles: [role] })
      .setProtectedHeader({ alg: 'HS512' })
      .setSubject('mallory')
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode(TEST_JWT_SECRET)),
  /** Valid but without `exp`: the service requires an expiry. */
  withoutExpiry: (role: Role = 'treasurer') =>
    new SignJWT({ roles: [role] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('mallory')
      .sign(new TextEncoder().encode(TEST_JWT_SECRET)),
};
