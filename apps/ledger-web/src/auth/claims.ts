/**
 * Who the token speaks for, read the way the service reads it: the subject, and roles from `roles`,
 * `role` or Keycloak's `realm_access.roles`. The web application only shows what it
 * reads; the service verifies the token on every request.
 */

/**
 * The roles a signed-in person may have, in the order the sign-in page offers them: the service's roles
 * (`libs/config`, which the web application does not import), as `claims.spec.ts` checks.
 */
export const PERSON_ROLES = ['treasurer', 'fund-manager', 'council', 'auditor', 'jury-member'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export interface Person {
  readonly subject: string;
  readonly displayName: string;
  readonly roles: readonly PersonRole[];
  /** Seconds since the epoch. */
  readonly expiresAt: number;
}

export function personFromToken(token: string, displayName?: string): Person {
  const claims = decodePayload(token);
  const realmAccess = claims['realm_access'];
  const candidates: unknown[] = [
    ...asArray(claims['roles']),
    claims['role'],
    ...asArray(
      typeof realmAccess === 'object' && realmAccess !== null ? Reflect.get(realmAccess, 'roles') : [],
    ),
  ];
  const roles = PERSON_ROLES.filter((role) => candidates.includes(role));
  const subject = typeof claims['sub'] === 'string' ? claims['sub'] : '';
  const expiresAt = typeof claims['exp'] === 'number' ? claims['exp'] : 0;
  return { subject, displayName: displayName ?? nameOf(claims) ?? subject, roles, expiresAt };
}

function nameOf(claims: Record<string, unknown>): string | undefined {
  const name = claims['name'] ?? claims['preferred_username'];
  return typeof name === 'string' ? name : undefined;
}

function decodePayload(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (payload === undefined) return {};
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(json, (character) => character.charCodeAt(0));
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
