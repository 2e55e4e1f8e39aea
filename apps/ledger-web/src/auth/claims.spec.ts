/**
 * Goal: the web application knows exactly the roles the service checks. It keeps its own list (in the
 * order its sign-in page offers them) because it imports no library but the domain.
 */
import { ROLES } from '../../../../libs/config/src/roles';
import { PERSON_ROLES, personFromToken } from './claims';

function tokenWith(claims: Record<string, unknown>): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `header.${payload}.signature`;
}

describe('the roles a person may have', () => {
  it('are the service’s roles', () => {
    expect([...PERSON_ROLES].sort()).toEqual([...ROLES].sort());
  });

  it('are read from the token, and only those the service knows', () => {
    const token = tokenWith({ sub: 'k.neumann', roles: ['auditor', 'janitor'], role: 'treasurer' });

    expect(personFromToken(token).roles).toEqual(['treasurer', 'auditor']);
  });
});
