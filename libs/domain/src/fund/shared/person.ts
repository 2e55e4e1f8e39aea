/** People as the ledger knows them: the subject, and issuer, of their account. */
import type { PersonIdentity } from '../fund.commands';
import { requireText } from './validation';

/** The longest subject or issuer recorded: what identity providers issue is far shorter. */
export const IDENTITY_LENGTH_MAX = 256;

export function requirePerson(subject: unknown, issuer: unknown, field: string): PersonIdentity {
  const checkedSubject = requireText(subject, `${field}.subject`, IDENTITY_LENGTH_MAX);
  if (issuer === undefined) return { subject: checkedSubject };
  return { subject: checkedSubject, issuer: requireText(issuer, `${field}.issuer`, IDENTITY_LENGTH_MAX) };
}

/** The same account: the same subject from the same issuer (no issuer on both sides for the service's own tokens). */
export function isSamePerson(one: PersonIdentity, other: PersonIdentity): boolean {
  return one.subject === other.subject && (one.issuer ?? null) === (other.issuer ?? null);
}
