/**
 * A digest of a read model's state: SHA-256 over its RFC 8785 canonical JSON. Two rebuilds from the same
 * events must give the same digest; the determinism tests and operators compare read models with it.
 */
import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';

export function stateDigest(state: unknown): string {
  const canonical = canonicalize(withMapsAsObjects(state));
  if (canonical === undefined) throw new Error('The state cannot be written as canonical JSON');
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * States keep things by id in Maps, which JSON would write as `{}`; the digest covers them as the
 * objects their stored documents are (keys such as `constructor` become ordinary own members).
 */
function withMapsAsObjects(value: unknown): unknown {
  if (value instanceof Map) {
    return Object.fromEntries([...value].map(([key, inner]) => [String(key), withMapsAsObjects(inner)]));
  }
  if (Array.isArray(value)) return value.map(withMapsAsObjects);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withMapsAsObjects(inner)]));
}
