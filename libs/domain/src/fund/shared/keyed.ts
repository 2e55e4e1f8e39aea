/**
 * The fund's state keeps everything it looks up by id in Maps and Sets, never in plain objects. Ids
 * are chosen by clients, and a plain object answers a lookup of `constructor`, `toString` or
 * `valueOf` with a member of Object.prototype instead of nothing; a Map knows only what was put in.
 * Updates copy, so a state stays an immutable value that can be shared between folds.
 */

export function withEntry<Value>(
  entries: ReadonlyMap<string, Value>,
  id: string,
  value: Value,
): ReadonlyMap<string, Value> {
  return new Map(entries).set(id, value);
}

export function withId(ids: ReadonlySet<string>, id: string): ReadonlySet<string> {
  return new Set(ids).add(id);
}
