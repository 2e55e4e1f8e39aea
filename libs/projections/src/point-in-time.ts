/**
 * Point-in-time: what the read models said at a past moment, given as a global position or as an
 * instant. The answer is the fold of the fund's stream up to that point with the same reducers the
 * runner uses. A stream is a sequence, so the fold stops at the first event beyond the bound: the
 * answer is always a state the fund really was in, even if clocks of several service instances
 * disagreed slightly about the order of their `recordedAt`.
 *
 * The second cut is by business date (`effectiveOn`): of the events recorded up to the point, those
 * that count on or before the day (see `effectiveDatesOf` in the domain), folded in stream order.
 * Together: "what did the ledger know on 1 March about 31 December?".
 */
import type { EventStore, RecordedEvent } from '@fund-ledger/event-store';
import { effectiveDatesOf, fundStreamName, isBusinessDate, type BusinessDate } from '@fund-ledger/domain';
import {
  evolveFundProjection,
  evolveWithRecord,
  initialFundProjection,
  type FundProjection,
} from './fund-projection';
import { toFundEventRecord, type FundEventRecord } from './shared/fund-event-record';

export type PointInTime =
  | { readonly kind: 'position'; readonly position: number }
  | { readonly kind: 'instant'; readonly instant: string; readonly epochMs: number };

/** A malformed `asOf`; the message says what is accepted. */
export class PointInTimeFormatError extends Error {
  constructor(value: string) {
    super(
      `asOf must be a global position (a whole number such as 1287) or an instant with a time zone (such as 2024-05-01T09:30:00Z); got "${value}"`,
    );
    this.name = 'PointInTimeFormatError';
  }
}

/** A whole number without leading zeros, small enough to be exact as a JavaScript number. */
const POSITION = /^(0|[1-9]\d{0,14})$/;
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

export function parsePointInTime(value: string): PointInTime {
  if (POSITION.test(value)) return { kind: 'position', position: Number(value) };
  const match = INSTANT.exec(value);
  if (match === null || !namesARealInstant(match)) throw new PointInTimeFormatError(value);
  const epochMs = Date.parse(value);
  return { kind: 'instant', instant: new Date(epochMs).toISOString(), epochMs };
}

/**
 * `Date.parse` rolls impossible values over (30 February becomes 1 March, 24:00 the next day), which
 * would answer for a moment the client did not ask about; they are refused instead.
 */
function namesARealInstant(match: RegExpExecArray): boolean {
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = match
    .slice(1)
    .map((field) => Number(field ?? 0));
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const realDay = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return realDay && hour <= 23 && minute <= 59 && second <= 59 && offsetHours <= 23 && offsetMinutes <= 59;
}

/** A malformed `effectiveOn`; the message says what is accepted. */
export class EffectiveOnFormatError extends Error {
  constructor(value: string) {
    super(`effectiveOn must be a calendar date written YYYY-MM-DD (such as 2024-12-31); got "${value}"`);
    this.name = 'EffectiveOnFormatError';
  }
}

export function parseEffectiveOn(value: string): BusinessDate {
  if (!isBusinessDate(value)) throw new EffectiveOnFormatError(value);
  return value;
}

/** The records of a fund's history (from its beginning) that count on or before the day, in stream order. */
export function recordsEffectiveOn<Record extends FundEventRecord>(
  records: readonly Record[],
  day: BusinessDate,
): Record[] {
  const dates = effectiveDatesOf(
    records.map((record) => ({ event: record.event, commandId: record.commandId })),
  );
  return records.filter((_, index) => dates[index] <= day);
}

/** The fund's events recorded up to the point in time, decoded. */
export async function fundRecordsUpTo(
  store: EventStore,
  fundId: string,
  point: PointInTime,
): Promise<FundEventRecord[]> {
  const records: FundEventRecord[] = [];
  for await (const event of eventsUpTo(store.readStream(fundStreamName(fundId)), point)) {
    const record = toFundEventRecord(event);
    if (record !== null) records.push(record);
  }
  return records;
}

/** One command appends at most this many events: a bound on the search for its end, not a business rule. */
const COMMAND_EVENTS_MAX = 1000;

/**
 * The position a requested position stands for: the last event of the append the position falls inside.
 * A command's events are appended together, to one stream, at consecutive positions, under one command
 * id; a view at a position between them would show the command half applied (a public contribution
 * recorded but not yet split among its funders). An instant needs no such care: every event of one
 * append carries the same `recordedAt`.
 */
export async function commandEndPosition(
  store: Pick<EventStore, 'readAll'>,
  position: number,
): Promise<number> {
  let end = position;
  let first: RecordedEvent | undefined;
  const following = store.readAll({ afterPosition: position - 1, batchSize: 16 });
  for await (const event of following) {
    first ??= event;
    const sameAppend =
      event.streamId === first.streamId && event.metadata.commandId === first.metadata.commandId;
    if (first.position !== position || !sameAppend || event.position - position >= COMMAND_EVENTS_MAX) break;
    end = event.position;
  }
  return end;
}

/** The point in time with a position moved to the end of the command it falls inside. */
export async function wholeCommandPoint(
  store: Pick<EventStore, 'readAll'>,
  point: PointInTime,
): Promise<PointInTime> {
  if (point.kind !== 'position' || point.position === 0) return point;
  return { kind: 'position', position: await commandEndPosition(store, point.position) };
}

/** True when the event had been recorded at the point in time. */
export function isRecordedBy(event: RecordedEvent, point: PointInTime): boolean {
  return point.kind === 'position'
    ? event.position <= point.position
    : Date.parse(event.metadata.recordedAt) <= point.epochMs;
}

/** The events of a stream up to the first one beyond the point in time. */
export async function* eventsUpTo(
  events: AsyncIterable<RecordedEvent>,
  point: PointInTime,
): AsyncIterable<RecordedEvent> {
  for await (const event of events) {
    if (!isRecordedBy(event, point)) return;
    yield event;
  }
}

/**
 * The fund projection as it stood at the point in time, folded from the fund's stream; with a
 * business date, only from the events that count on or before it.
 */
export async function fundProjectionAt(
  store: EventStore,
  fundId: string,
  point: PointInTime,
  effectiveOn?: BusinessDate,
): Promise<FundProjection> {
  if (effectiveOn !== undefined) {
    const records = recordsEffectiveOn(await fundRecordsUpTo(store, fundId, point), effectiveOn);
    return records.reduce(evolveWithRecord, initialFundProjection());
  }
  let projection = initialFundProjection();
  for await (const event of eventsUpTo(store.readStream(fundStreamName(fundId)), point)) {
    projection = evolveFundProjection(projection, event);
  }
  return projection;
}
