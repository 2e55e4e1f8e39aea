/**
 * The one door from stored events into the domain. Stored event types and fields are never edited;
 * when the shape of an event changes, an upcaster turns the older shape into today's as the event is
 * read, and every reader (the deciders' folds and the projections) goes through `decodeFundEvent`, so
 * they all see the same shape. The stored bytes, and so the hash chain, stay as they were written.
 */
import { SETTINGS_UPCASTERS } from './setup/settings.upcasters';
import { FUND_EVENT_TYPES, type FundEvent, type FundEventData, type FundEventType } from './fund.events';

/** An event as a store hands it back: its type name and its data, as JSON. */
export interface StoredEvent {
  readonly type: string;
  readonly data: object;
}

/**
 * For an event type whose stored shape has changed: the function that brings any older shape to
 * today's. Stored events carry no schema version, so an upcaster recognises an older shape by its
 * fields, and returns today's data unchanged (the same object, so the event is not copied).
 */
export type FundEventUpcasters = {
  readonly [Type in FundEventType]?: (data: Readonly<Record<string, unknown>>) => FundEventData<Type>;
};

/** The event types whose stored shape has changed; every other type is read as it was written. */
export const FUND_EVENT_UPCASTERS: FundEventUpcasters = SETTINGS_UPCASTERS;

const KNOWN_TYPES: ReadonlySet<string> = new Set<string>(FUND_EVENT_TYPES);

function isFundEventType(type: string): type is FundEventType {
  return KNOWN_TYPES.has(type);
}

/**
 * The domain event a stored event stands for. An event type the domain does not know is refused. An
 * event whose type has no upcaster is today's shape already and is returned as it is, not copied: a
 * rebuild reads millions of them.
 */
export function decodeFundEvent(stored: StoredEvent, upcasters = FUND_EVENT_UPCASTERS): FundEvent {
  const { type } = stored;
  if (!isFundEventType(type)) throw new Error(`unknown event type ${type}`);
  const upcast = upcasters[type] as ((data: Readonly<Record<string, unknown>>) => object) | undefined;
  if (upcast === undefined) return stored as FundEvent;
  const data = upcast(stored.data as Readonly<Record<string, unknown>>);
  return data === stored.data ? (stored as FundEvent) : ({ type, data } as FundEvent);
}
