/** Finds where two JSON values first differ, as a readable path such as `decisions[3].tally.yes`. */

export interface JsonDifference {
  readonly path: string;
  /** `undefined` when the value is absent on that side. */
  readonly expected: unknown;
  readonly actual: unknown;
}

type JsonRecord = Record<string, unknown>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function childPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key)
    ? path === ''
      ? key
      : `${path}.${key}`
    : `${path}[${JSON.stringify(key)}]`;
}

/** Depth first, object members in sorted order, so the same two values always report the same place. */
export function firstDifference(expected: unknown, actual: unknown, path = ''): JsonDifference | null {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const length = Math.max(expected.length, actual.length);
    for (let index = 0; index < length; index += 1) {
      const difference = firstDifference(expected[index], actual[index], `${path}[${index}]`);
      if (difference !== null) return difference;
    }
    return null;
  }
  if (isRecord(expected) && isRecord(actual)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
    for (const key of keys) {
      const difference = firstDifference(expected[key], actual[key], childPath(path, key));
      if (difference !== null) return difference;
    }
    return null;
  }
  return Object.is(expected, actual)
    ? null
    : { path: path === '' ? '(the whole value)' : path, expected, actual };
}
