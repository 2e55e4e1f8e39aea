/**
 * A digest of a read model's state: SHA-256 over its RFC 8785 canonical JSON. Two rebuilds from the same
 * events must give the same digest; the determinism tests and operators compare read models with it.
 */
import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';

export function stateDigest(state: unknown): string {
  const canonical = canonicalize(state);
  if (canonical === undefined) throw new Error('The state cannot be written as canonical JSON');
  return createHash('sha256').update(canonical).digest('hex');
}
