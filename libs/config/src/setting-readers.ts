/**
 * Small readers for one environment variable each. An empty value counts as unset, so that
 * `FOO=` in a deployment file falls back to the default instead of failing on an empty string.
 * Values that may hold credentials (URLs, secrets) are never repeated in error messages.
 */
import { SettingsError } from './settings-error';

type Environment = NodeJS.ProcessEnv;

function rawValue(env: Environment, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value === '' ? undefined : value;
}

export function readOptional<T>(
  env: Environment,
  name: string,
  parse: (name: string, value: string) => T,
): T | undefined {
  const value = rawValue(env, name);
  return value === undefined ? undefined : parse(name, value);
}

export function readText(env: Environment, name: string, fallback: string): string {
  return readUntrimmedText(name, rawValue(env, name) ?? fallback);
}

/** A text used as it stands, such as a path: white space around it is almost always a slip of the hand. */
export function readUntrimmedText(name: string, value: string): string {
  if (value.trim() !== value) {
    throw new SettingsError(name, `must not start or end with white space; got "${value}"`);
  }
  return value;
}

export function readChoice<const Choice extends string>(
  env: Environment,
  name: string,
  choices: readonly Choice[],
  fallback: Choice,
): Choice {
  const value = rawValue(env, name);
  if (value === undefined) return fallback;
  const choice = choices.find((candidate) => candidate === value);
  if (choice === undefined) {
    throw new SettingsError(name, `must be one of ${choices.join(', ')}; got "${value}"`);
  }
  return choice;
}

export function readInteger(
  env: Environment,
  name: string,
  fallback: number,
  bounds: { readonly min: number; readonly max: number },
): number {
  const value = rawValue(env, name);
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) {
    throw new SettingsError(name, `must be a whole number; got "${value}"`);
  }
  const integer = Number(value);
  if (integer < bounds.min || integer > bounds.max) {
    throw new SettingsError(name, `must be between ${bounds.min} and ${bounds.max}; got ${value}`);
  }
  return integer;
}

/** SQL identifiers are interpolated into DDL, so only plain lower-case names are accepted. */
export function readIdentifier(env: Environment, name: string, fallback: string): string {
  const value = rawValue(env, name) ?? fallback;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(value)) {
    throw new SettingsError(
      name,
      `must be a lower-case SQL identifier (letters, digits, underscores, at most 63 characters); got "${value}"`,
    );
  }
  return value;
}

export function readUrl(name: string, value: string, protocols: readonly string[]): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SettingsError(name, 'must be a URL');
  }
  if (!protocols.includes(url.protocol)) {
    throw new SettingsError(
      name,
      `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
    );
  }
  return value;
}

const BYTE_UNITS: Readonly<Record<string, number>> = { '': 1, b: 1, kb: 1024, mb: 1024 * 1024 };

/** Accepts `65536`, `64kb` or `1mb` (units of 1024, as the JSON body parser counts them). */
export function readByteSize(env: Environment, name: string, fallback: string, maxBytes: number): number {
  const value = rawValue(env, name) ?? fallback;
  const match = /^(\d+)(b|kb|mb)?$/i.exec(value);
  if (match === null) {
    throw new SettingsError(name, `must be a size such as 65536, 64kb or 1mb; got "${value}"`);
  }
  const bytes = Number(match[1]) * (BYTE_UNITS[(match[2] ?? '').toLowerCase()] ?? 1);
  if (bytes < 1 || bytes > maxBytes) {
    throw new SettingsError(name, `must be between 1 byte and ${maxBytes / (1024 * 1024)}mb; got "${value}"`);
  }
  return bytes;
}
