/**
 * Turning the JSON text a store keeps back into events: a text that does not parse names the event's
 * position, and a subscription that asks for it (`deferMetadata`) gets events whose metadata is parsed
 * only when it is read.
 */
import { DuplicateMemberNameError, UnreadableEventError } from './errors';
import { findDuplicateMember } from './json/duplicate-member-name';
import type { EventMetadata, JsonObject, RecordedEvent } from './event-store.port';

export function parseStoredJson<T>(text: string, position: number, column: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new UnreadableEventError(position, `${column} is not valid JSON (${(error as Error).message})`);
  }
}

/**
 * Refuses a stored event whose data or metadata text names a member twice in one object: verification
 * reads the stored text with this check (`ReadAllOptions.rejectDuplicateMemberNames`).
 */
export function refuseDuplicateMembers(position: number, dataText: string, metadataText: string): void {
  for (const [text, where] of [
    [dataText, 'its data'],
    [metadataText, 'its metadata'],
  ] as const) {
    const duplicate = findDuplicateMember(text);
    if (duplicate !== undefined) throw new DuplicateMemberNameError(position, duplicate, where);
  }
}

/**
 * A recorded event whose metadata is parsed when it is first read. The metadata is close to half of what
 * a fund event stores, and a projection rebuilding the log reads it for few events; not parsing the rest
 * (nor keeping the objects parsing makes) is most of what lets a rebuild keep pace with a bare read.
 *
 * `metadata` is an accessor of the class, not an own property: reading it by name and `JSON.stringify`
 * give what an eagerly parsed event gives, but spreading the event or listing its keys leave it out.
 * Only subscriptions that ask for it (`deferMetadata`) deliver such events. The constructor takes the
 * fields one by one because stores build one such event per row read.
 */
export class EventWithDeferredMetadata implements RecordedEvent {
  readonly data: JsonObject;
  readonly #metadataText: string;
  #metadata: EventMetadata | undefined;

  constructor(
    readonly streamId: string,
    readonly revision: number,
    readonly position: number,
    readonly type: string,
    dataText: string,
    metadataText: string,
    readonly prevHash: string,
    readonly hash: string,
  ) {
    this.data = parseStoredJson(dataText, position, 'data');
    this.#metadataText = metadataText;
  }

  /** Throws `UnreadableEventError` when the stored metadata is not valid JSON, as an eager read would. */
  get metadata(): EventMetadata {
    this.#metadata ??= parseStoredJson<EventMetadata>(this.#metadataText, this.position, 'metadata');
    return this.#metadata;
  }

  /** The same JSON, key for key, as an eagerly parsed event. */
  toJSON(): RecordedEvent {
    const { streamId, revision, position, type, data, metadata, prevHash, hash } = this;
    return { streamId, revision, position, type, data, metadata, prevHash, hash };
  }
}
