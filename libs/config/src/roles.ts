/**
 * The roles a token may carry. They live here, beside the settings, because two programs must agree
 * on them: the service that checks them and the CLI that mints development tokens.
 */
export const ROLES = ['fund-manager', 'treasurer', 'jury-member', 'auditor', 'council'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
