import { SignJWT } from 'jose';
import type { Role } from './roles';

/** Development tokens are short-lived by design; a month is the longest the CLI will sign. */
export const TOKEN_LIFETIME_SECONDS_MAX = 30 * 24 * 3600;
const DURATION_UNITS_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86400 };

export interface DevelopmentTokenRequest {
  readonly secret: string;
  readonly subject: string;
  readonly role: Role;
  readonly lifetimeSeconds: number;
  readonly issuer?: string;
  readonly audience?: string;
  /** Seconds since the epoch at which the token is issued; defaults to now. */
  readonly issuedAt?: number;
}

/**
 * Signs an HS256 token in the shape the service reads: `sub`, `roles: [role]`, `iat` and `exp`, plus
 * `iss` and `aud` when the service checks them. A jury member's token is like any other: each fund's
 * jury records which subject sits on it.
 */
export async function signDevelopmentToken(request: DevelopmentTokenRequest): Promise<string> {
  const issuedAt = request.issuedAt ?? Math.floor(Date.now() / 1000);
  let token = new SignJWT({ roles: [request.role] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(request.subject)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + request.lifetimeSeconds);
  if (request.issuer !== undefined) token = token.setIssuer(request.issuer);
  if (request.audience !== undefined) token = token.setAudience(request.audience);
  return token.sign(new TextEncoder().encode(request.secret));
}

/** Parses a lifetime such as `90s`, `30m`, `8h` or `7d`; undefined when it is malformed or out of bounds. */
export function parseTokenLifetime(text: string): number | undefined {
  const match = /^([1-9]\d{0,6})([smhd])$/.exec(text);
  if (match === null) return undefined;
  const seconds = Number(match[1]) * (DURATION_UNITS_SECONDS[match[2] ?? 's'] ?? 1);
  return seconds <= TOKEN_LIFETIME_SECONDS_MAX ? seconds : undefined;
}
