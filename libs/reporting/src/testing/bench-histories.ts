/**
 * Large histories for the verify and report benchmarks, built from the domain's own generated fund
 * histories (every event one the decider really produced) without waiting minutes for the decider to
 * produce a million events:
 *
 * - `busyFundEvents`: one fund with far more events than any real fund, made by merging several
 *   generated funds into one stream in time order, their ids made unique, so a report over it has tens of
 *   thousands of applications, decisions and payouts;
 * - `replicatedFunds`: many funds with the same realistic events, for reading and hashing a big log.
 */
import { fundStreamName, type FundEvent } from '@fund-ledger/domain';
import type { JsonObject, JsonValue, NewEvent } from '@fund-ledger/event-store';
import { seededChoices } from '@fund-ledger/projections/testing/choices';
import { FundHistoryGenerator } from '@fund-ledger/projections/testing/fund-history.generator';

const DAY_MS = 86_400_000;
/** Only the first copy keeps these: one fund is opened once, has one set of settings, and stays open. */
const FUND_LIFECYCLE_EVENTS = new Set(['FundOpened', 'FundSettingsChanged', 'FundClosed']);

/** The events of one generated fund, `eventCount` or a few more (a command may produce several). */
export function generatedFundEvents(
  fundId: string,
  seed: number,
  eventCount: number,
  startAt: string,
): FundEvent[] {
  const generator = new FundHistoryGenerator(fundId, seededChoices(seed), startAt);
  const events: FundEvent[] = [];
  while (events.length < eventCount) events.push(...generator.step().events);
  return events;
}

/**
 * Ids that stay as they are when copies are merged: the fund's own, its funders', and the jury members',
 * so the merged fund keeps a jury of realistic size that takes every copy's decisions.
 */
const SHARED_ID_KEYS = new Set(['fundId', 'funderId', 'memberId']);

function isSharedId(key: string): boolean {
  return SHARED_ID_KEYS.has(key) || key.endsWith('MemberId');
}

/** Gives every id in the data except the shared ones the prefix, recursively. */
function withPrefixedIds(value: JsonValue, key: string, prefix: string, fundId: string): JsonValue {
  if (key === 'fundId') return fundId;
  if (typeof value === 'string') return key.endsWith('Id') && !isSharedId(key) ? `${prefix}${value}` : value;
  if (Array.isArray(value)) {
    return value.map((item) =>
      withPrefixedIds(item, key.endsWith('Ids') ? `${key.slice(0, -1)}` : '', prefix, fundId),
    );
  }
  if (value === null || typeof value !== 'object') return value;
  const copy: JsonObject = {};
  for (const [childKey, child] of Object.entries(value))
    copy[childKey] = withPrefixedIds(child, childKey, prefix, fundId);
  return copy;
}

function occurredAtMs(event: FundEvent): number {
  return Date.parse(event.data.occurredAt);
}

/**
 * One fund's stream of about `copies * eventsPerCopy` events: `copies` generated funds, each starting a
 * day after the previous one, merged in time order into the stream of `fundId`.
 */
export function busyFundEvents(fundId: string, copies: number, eventsPerCopy: number): FundEvent[] {
  const merged: FundEvent[] = [];
  for (let copy = 0; copy < copies; copy += 1) {
    const startAt = new Date(Date.parse('2024-01-02T09:00:00Z') + copy * DAY_MS).toISOString();
    for (const event of generatedFundEvents(`copy-${copy}`, copy + 1, eventsPerCopy, startAt)) {
      if (copy > 0 && FUND_LIFECYCLE_EVENTS.has(event.type)) continue;
      const data = withPrefixedIds(event.data as unknown as JsonObject, '', `c${copy}-`, fundId);
      merged.push({ type: event.type, data } as unknown as FundEvent);
    }
  }
  return merged
    .map((event, index) => ({ event, index }))
    .sort((a, b) => occurredAtMs(a.event) - occurredAtMs(b.event) || a.index - b.index)
    .map(({ event }) => event);
}

/** The same events for `copies` funds named `<prefix>-<n>`: many streams of realistic events. */
export function replicatedFunds(base: readonly FundEvent[], prefix: string, copies: number): FundEvent[][] {
  return Array.from({ length: copies }, (_, copy) =>
    base.map((event) => ({ ...event, data: { ...event.data, fundId: `${prefix}-${copy}` } }) as FundEvent),
  );
}

/** A domain event as the store takes it, recorded at the instant it occurred. */
export function toStoredEvent(event: FundEvent, sequence: number): NewEvent {
  return {
    type: event.type,
    data: event.data as unknown as JsonObject,
    metadata: {
      actor: { subject: 'bench', role: 'fund-manager' },
      commandId: `bench-${sequence}`,
      correlationId: `bench-${sequence}`,
      causationId: `bench-${sequence}`,
      recordedAt: new Date(occurredAtMs(event)).toISOString(),
    },
  };
}

/** Splits a fund's events into store batches of at most `batchSize`, with the stream to append them to. */
export function storeBatches(
  events: readonly FundEvent[],
  batchSize: number,
): { streamId: string; events: NewEvent[] }[] {
  const batches: { streamId: string; events: NewEvent[] }[] = [];
  for (let start = 0; start < events.length; start += batchSize) {
    const slice = events.slice(start, start + batchSize);
    batches.push({
      streamId: fundStreamName(slice[0].data.fundId),
      events: slice.map((event, index) => toStoredEvent(event, start + index)),
    });
  }
  return batches;
}
