/**
 * The hash chain every adapter writes: each event's hash covers its stream, revision, type, data,
 * metadata and the hash of the event before it in the same stream, so changing, removing or reordering
 * any stored event breaks the chain. It is computed here, above the adapters, so that the same history
 * gets the same hashes in every store. `docs/hash-chain.md` states the rule for independent re-implementation.
 */
import canonicalize from 'canonicalize';
import { hash } from 'node:crypto';
import { ConcurrencyError, InvalidEventError } from './errors';
import type {
  EventMetadata,
  ExpectedRevision,
  JsonObject,
  NewEvent,
  RecordedEvent,
} from './event-store.port';

/** The `prevHash` of revision 0 of every stream: 64 zeros, a value no SHA-256 digest is expected to take. */
export const GENESIS_PREV_HASH = '0'.repeat(64);

/** The last event of a stream as an adapter reads it inside its append transaction. */
export interface StreamHead {
  readonly revision: number;
  readonly hash: string;
}

/** The fields an event hash covers. */
export interface EventHashInput {
  readonly streamId: string;
  readonly revision: number;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: EventMetadata;
  readonly prevHash: string;
}

/** Bounds that keep every event storable in every adapter and every hash computation finite. */
export const STREAM_ID_LENGTH_MAX = 200;
export const EVENT_TYPE_LENGTH_MAX = 200;
export const JSON_DEPTH_MAX = 64;
export const EVENTS_PER_APPEND_MAX = 10_000;

/**
 * Lowercase hex SHA-256 of the RFC 8785 canonical JSON of
 * `{stream, revision, type, data, metadata, prevHash}`. Refuses input that is not JSON-safe.
 */
export function computeEventHash(input: EventHashInput): string {
  assertValidStreamId(input.streamId);
  if (!Number.isSafeInteger(input.revision) || input.revision < 0) {
    throw new InvalidEventError(`The revision must be an integer >= 0, got ${String(input.revision)}`);
  }
  if (typeof input.prevHash !== 'string') {
    throw new InvalidEventError('The previous hash must be a string');
  }
  assertValidEvent(input, 'The event');
  return hashEventUnchecked(input);
}

/**
 * The hash without input validation, for verifying events that were read back from JSON (and so are
 * JSON-safe by construction). Callers that hash new input use `computeEventHash`.
 */
export function hashEventUnchecked(input: EventHashInput): string {
  const canonical = canonicalize({
    stream: input.streamId,
    revision: input.revision,
    type: input.type,
    data: input.data,
    metadata: input.metadata,
    prevHash: input.prevHash,
  });
  if (canonical === undefined) {
    throw new InvalidEventError('The event has no canonical JSON form');
  }
  return hash('sha256', canonical, 'hex');
}

/**
 * Assigns revisions after `head` and links each event to the previous one. Adapters call it inside their
 * append transaction, after `checkExpectedRevision`, with the head they read in that transaction.
 * Validates the whole batch first, so an invalid event refuses the batch before anything is hashed.
 */
export function chainEvents(
  streamId: string,
  head: StreamHead | null,
  events: readonly NewEvent[],
): Array<Omit<RecordedEvent, 'position'>> {
  assertValidBatch(streamId, events);
  let revision = head === null ? 0 : head.revision + 1;
  let prevHash = head === null ? GENESIS_PREV_HASH : head.hash;
  const chained: Array<Omit<RecordedEvent, 'position'>> = [];
  for (const event of events) {
    const fields = {
      streamId,
      revision,
      type: event.type,
      data: event.data,
      metadata: event.metadata,
      prevHash,
    };
    const eventHash = hashEventUnchecked(fields);
    chained.push({ ...fields, hash: eventHash });
    prevHash = eventHash;
    revision += 1;
  }
  return chained;
}

/** Throws `ConcurrencyError` unless the stream's head is where the writer expected it. */
export function checkExpectedRevision(
  streamId: string,
  expected: ExpectedRevision,
  head: StreamHead | null,
): void {
  assertValidExpectedRevision(expected);
  const actual = head === null ? 'no_stream' : head.revision;
  if (expected === 'any' || expected === actual) {
    return;
  }
  throw new ConcurrencyError(streamId, expected, actual);
}

/** Validates a batch for `append` without hashing it; adapters may call it before opening a transaction. */
export function assertValidBatch(streamId: string, events: readonly NewEvent[]): void {
  assertValidStreamId(streamId);
  if (!Array.isArray(events) || events.length === 0) {
    throw new InvalidEventError('An append needs at least one event');
  }
  if (events.length > EVENTS_PER_APPEND_MAX) {
    throw new InvalidEventError(
      `An append takes at most ${EVENTS_PER_APPEND_MAX} events, this one has ${events.length}`,
    );
  }
  events.forEach((event, index) => assertValidEvent(event, `Event ${index} of the batch`));
}

function assertValidExpectedRevision(expected: ExpectedRevision): void {
  if (expected === 'any' || expected === 'no_stream') {
    return;
  }
  if (!Number.isSafeInteger(expected) || expected < 0) {
    throw new InvalidEventError(
      `Expected revision must be 'any', 'no_stream' or a revision >= 0, got ${String(expected)}`,
    );
  }
}

function assertValidStreamId(streamId: string): void {
  if (typeof streamId !== 'string' || streamId.length === 0 || streamId.length > STREAM_ID_LENGTH_MAX) {
    throw new InvalidEventError(`The stream id must be a string of 1 to ${STREAM_ID_LENGTH_MAX} characters`);
  }
  assertStorableString(streamId, 'The stream id');
}

function assertValidEvent(event: Pick<NewEvent, 'type' | 'data' | 'metadata'>, label: string): void {
  if (typeof event !== 'object' || event === null) {
    throw new InvalidEventError(`${label} is not an object`);
  }
  const { type, data, metadata } = event;
  if (typeof type !== 'string' || type.length === 0 || type.length > EVENT_TYPE_LENGTH_MAX) {
    throw new InvalidEventError(
      `${label}: type must be a string of 1 to ${EVENT_TYPE_LENGTH_MAX} characters`,
    );
  }
  assertStorableString(type, `${label}: type`);
  assertJsonObject(data, `${label} (${type}): data`);
  assertJsonObject(metadata, `${label} (${type}): metadata`);
  assertMetadataFields(metadata, `${label} (${type}): metadata`);
}

function assertMetadataFields(metadata: EventMetadata, label: string): void {
  const actor = metadata.actor as Partial<EventMetadata['actor']> | undefined;
  const required: Array<[string, unknown]> = [
    ['actor.subject', actor?.subject],
    ['actor.role', actor?.role],
    ['commandId', metadata.commandId],
    ['correlationId', metadata.correlationId],
    ['causationId', metadata.causationId],
    ['recordedAt', metadata.recordedAt],
  ];
  for (const [field, value] of required) {
    if (typeof value !== 'string') {
      throw new InvalidEventError(`${label}.${field} must be a string`);
    }
  }
}

function assertJsonObject(value: unknown, label: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidEventError(`${label} must be a JSON object`);
  }
  const problem = findJsonProblem(value, 0);
  if (problem !== null) {
    const location = problem.path.length === 0 ? '' : ` at ${problem.path.join('')}`;
    throw new InvalidEventError(`${label}${location}: ${problem.reason}`);
  }
}

interface JsonProblem {
  /** Path segments from the outside in, e.g. `['.lines', '[2]', '.amount']`. */
  readonly path: string[];
  readonly reason: string;
}

/**
 * Finds the first value that JSON cannot carry unchanged through every adapter: `undefined`, functions,
 * non-finite numbers, class instances (their `toJSON` would make the stored text differ from what was
 * hashed), holes in arrays, strings PostgreSQL cannot store, or nesting deeper than `JSON_DEPTH_MAX`
 * (which also stops cycles). The path is built only on failure to keep the common case cheap.
 */
function findJsonProblem(value: unknown, depth: number): JsonProblem | null {
  switch (typeof value) {
    case 'boolean':
      return null;
    case 'string':
      return storableStringProblem(value);
    case 'number':
      return Number.isFinite(value) ? null : problemAt(`${String(value)} is not a finite number`);
    case 'object':
      return value === null ? null : findContainerProblem(value, depth);
    default:
      return problemAt(`a value of type ${typeof value} cannot be represented in JSON`);
  }
}

function findContainerProblem(value: object, depth: number): JsonProblem | null {
  if (depth >= JSON_DEPTH_MAX) {
    return problemAt(`nested deeper than ${JSON_DEPTH_MAX} levels (or cyclic)`);
  }
  if (Array.isArray(value)) {
    return findArrayProblem(value, depth);
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    const name = (value as { constructor?: { name?: string } }).constructor?.name ?? 'unknown';
    return problemAt(`a ${name} instance is not a plain JSON object`);
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const keyProblem = storableStringProblem(key);
    const inner = keyProblem ?? findJsonProblem(record[key], depth + 1);
    if (inner !== null) {
      return { path: [`.${key}`, ...inner.path], reason: inner.reason };
    }
  }
  return null;
}

function findArrayProblem(value: unknown[], depth: number): JsonProblem | null {
  for (let index = 0; index < value.length; index += 1) {
    const inner = index in value ? findJsonProblem(value[index], depth + 1) : problemAt('a hole in an array');
    if (inner !== null) {
      return { path: [`[${index}]`, ...inner.path], reason: inner.reason };
    }
  }
  return null;
}

/**
 * RFC 8785 requires well-formed Unicode (no lone surrogates), and PostgreSQL cannot store U+0000 in
 * text or jsonb; refusing both everywhere keeps every adapter able to store what another accepted.
 */
const UNPAIRED_SURROGATE = /\p{Cs}/u;

function storableStringProblem(value: string): JsonProblem | null {
  if (!value.includes('\u0000') && !UNPAIRED_SURROGATE.test(value)) {
    return null;
  }
  return problemAt('a string contains U+0000 or an unpaired surrogate, which cannot be stored');
}

function assertStorableString(value: string, label: string): void {
  const problem = storableStringProblem(value);
  if (problem !== null) {
    throw new InvalidEventError(`${label}: ${problem.reason}`);
  }
}

function problemAt(reason: string): JsonProblem {
  return { path: [], reason };
}
