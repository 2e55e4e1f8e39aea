import type { PersonRole } from '../auth/claims';

/** One workspace per role, each at `/funds/:fundId/<workspace>`. */
export const WORKSPACES = ['treasury', 'management', 'jury', 'council', 'audit'] as const;
export type Workspace = (typeof WORKSPACES)[number];

export const WORKSPACE_ROLE: Readonly<Record<Workspace, PersonRole>> = {
  treasury: 'treasurer',
  management: 'fund-manager',
  jury: 'jury-member',
  council: 'council',
  audit: 'auditor',
};

export function isWorkspace(value: unknown): value is Workspace {
  return typeof value === 'string' && (WORKSPACES as readonly string[]).includes(value);
}

export function workspacesOf(roles: readonly PersonRole[]): Workspace[] {
  return WORKSPACES.filter((workspace) => roles.includes(WORKSPACE_ROLE[workspace]));
}
