/** The roles a token may carry; each route says which of them it admits. */
export const ROLES = ['fund-manager', 'treasurer', 'jury-member', 'auditor', 'council'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
