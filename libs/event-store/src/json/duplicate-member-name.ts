/**
 * Finds the first member name that appears twice in one object of a JSON text. `JSON.parse` keeps
 * the last of two equal names silently (`{"amount":"1.00","amount":"999.00"}` parses to 999.00), so a
 * text that reads one way to one parser and another way to the next is refused wherever JSON enters
 * the ledger: request bodies at the HTTP edge, stored events when they are verified.
 *
 * One pass over the text, with an explicit stack instead of recursion: linear time in the length of
 * the text and safe at any nesting depth. Names are compared after JSON unescaping (`"a"` and
 * `"\u0061"` are the same name). The text is assumed to be well-formed JSON; for malformed text the
 * answer is unspecified but the scan still ends in linear time. Callers bound the length first.
 */

/** A duplicated member: its name and where it is, e.g. `$.applicant.name` or `$.parts[2].amount`. */
export interface DuplicateMember {
  readonly name: string;
  readonly path: string;
}

interface OpenContainer {
  readonly kind: 'object' | 'array';
  readonly path: string;
  /** Names seen so far in this object; for arrays, unused. */
  readonly names: Set<string>;
  /** The index of the next element in an array. */
  index: number;
  /** The name of the member whose value comes next, in an object. */
  pendingName: string | undefined;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The name of the first duplicated member, or undefined when every object's names are distinct. */
export function findDuplicateMemberName(json: string): string | undefined {
  return findDuplicateMember(json)?.name;
}

/** The first duplicated member with its path, or undefined when every object's names are distinct. */
export function findDuplicateMember(json: string): DuplicateMember | undefined {
  const stack: OpenContainer[] = [];
  let expectingName = false;
  for (let position = 0; position < json.length; position += 1) {
    const code = json.charCodeAt(position);
    if (code === QUOTE) {
      const end = endOfString(json, position);
      const top = stack[stack.length - 1];
      if (top?.kind === 'object' && expectingName) {
        const name = unescapeName(json.slice(position + 1, end));
        if (top.names.has(name)) return { name, path: memberPath(top.path, name) };
        top.names.add(name);
        top.pendingName = name;
        expectingName = false;
      }
      position = end;
      continue;
    }
    switch (json[position]) {
      case '{':
        stack.push(container('object', childPath(stack[stack.length - 1])));
        expectingName = true;
        break;
      case '[':
        stack.push(container('array', childPath(stack[stack.length - 1])));
        break;
      case '}':
      case ']':
        stack.pop();
        break;
      case ',': {
        const top = stack[stack.length - 1];
        if (top?.kind === 'object') expectingName = true;
        else if (top !== undefined) top.index += 1;
        break;
      }
      default:
        break;
    }
  }
  return undefined;
}

function container(kind: 'object' | 'array', path: string): OpenContainer {
  return { kind, path, names: new Set(), index: 0, pendingName: undefined };
}

/** The path of a value that opens inside `parent` (the root when there is none). */
function childPath(parent: OpenContainer | undefined): string {
  if (parent === undefined) return '$';
  if (parent.kind === 'array') return `${parent.path}[${parent.index}]`;
  return memberPath(parent.path, parent.pendingName ?? '');
}

function memberPath(path: string, name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `${path}.${name}` : `${path}[${JSON.stringify(name)}]`;
}

/** The index of the quote that closes the string opening at `start`, skipping escaped characters. */
function endOfString(json: string, start: number): number {
  for (let position = start + 1; position < json.length; position += 1) {
    const code = json.charCodeAt(position);
    if (code === BACKSLASH) position += 1;
    else if (code === QUOTE) return position;
  }
  return json.length;
}

/** Most names have no escape; the rest are unescaped as JSON defines it. */
function unescapeName(raw: string): string {
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}
