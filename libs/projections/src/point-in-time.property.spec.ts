/**
 * Goal: both cuts of the ledger answer with the fold of exactly the events they select. For random
 * histories of the domain (business dates entered late and out of order with recording), a cut `asOf`
 * a position folds the events recorded up to it; a cut `effectiveOn` a day (with or without `asOf`)
 * folds, in stream order, the recorded events that count on or before the day: every event dated on
 * or before it, no event dated after it, every undated event recorded by then, and of each application
 * a beginning of its history, so that the fold never meets an event whose cause it has not seen.
 */
import fc from 'fast-check';
import {
  calendarDateIn,
  effectiveDatesOf,
  ownBusinessDateOf,
  type EventEnvelope,
  type FundEvent,
} from '@fund-ledger/domain';
import { fundHistoryArbitrary, SCENARIO_FUND_ID } from '@fund-ledger/domain/testing/fund.arbitraries';
import type { EventStore, JsonObject, RecordedEvent } from '@fund-ledger/event-store';
import { fundStreamName, replayFund } from '@fund-ledger/domain';
import { fundProjectionAt } from './point-in-time';
import { foldProjection } from './testing/fold';

const UNHASHED = '0'.repeat(64);

/** The envelopes as the store records them: one position each, the command id kept in the metadata. */
function recordEnvelopes(envelopes: readonly EventEnvelope<FundEvent>[]): RecordedEvent[] {
  return envelopes.map(({ event, commandId }, index) => ({
    streamId: fundStreamName(event.data.fundId),
    revision: index,
    position: index + 1,
    type: event.type,
    data: event.data as unknown as JsonObject,
    metadata: {
      actor: { subject: 'test', role: 'treasurer' },
      commandId,
      correlationId: commandId,
      causationId: commandId,
      recordedAt: event.data.occurredAt,
    },
    prevHash: UNHASHED,
    hash: UNHASHED,
  }));
}

/** A store holding one fund's stream, enough for the point-in-time fold. */
function storeOf(recorded: readonly RecordedEvent[]): EventStore {
  return {
    async *readStream() {
      yield* recorded;
    },
  } as unknown as EventStore;
}

const fundEventOf = (recorded: RecordedEvent) =>
  ({ type: recorded.type, data: recorded.data }) as unknown as FundEvent;

/** The business date of the event's command: its own, or one its command's other events carry. */
function commandDateOf(recorded: readonly RecordedEvent[], index: number): string | null {
  const { commandId } = recorded[index].metadata;
  for (const other of recorded) {
    if (other.metadata.commandId !== commandId) continue;
    const date = ownBusinessDateOf(fundEventOf(other));
    if (date !== null) return date;
  }
  return null;
}

const historyWithCuts = fundHistoryArbitrary({ mayCloseFund: true }).chain((history) =>
  fc.record({
    history: fc.constant(history),
    positionPick: fc.nat(),
    dayOffset: fc.integer({ min: -5, max: 400 }),
  }),
);

describe('cuts of random histories', () => {
  test('asOf and effectiveOn answer with the fold of exactly the events they select', async () => {
    await fc.assert(
      fc.asyncProperty(historyWithCuts, async ({ history, positionPick, dayOffset }) => {
        const recorded = recordEnvelopes(history.envelopes);
        if (recorded.length === 0) return;
        const position = 1 + (positionPick % recorded.length);
        const known = recorded.filter((event) => event.position <= position);
        const day = new Date(Date.UTC(2024, 0, 2 + dayOffset)).toISOString().slice(0, 10);
        const store = storeOf(recorded);

        const asOf = await fundProjectionAt(store, SCENARIO_FUND_ID, { kind: 'position', position });
        expect(asOf).toEqual(foldProjection(known));

        const dates = effectiveDatesOf(
          known.map((event) => ({ event: fundEventOf(event), commandId: event.metadata.commandId })),
        );
        const selected = known.filter((_, index) => dates[index] <= day);
        known.forEach((event, index) => {
          const dated = commandDateOf(known, index);
          if (dated !== null) expect(dates[index] <= day).toBe(dated <= day);
          else if (calendarDateIn(event.metadata.recordedAt, 'Europe/Berlin') <= day)
            expect(dates[index] <= day).toBe(true);
        });
        expectBeginningsOfEachApplication(known, selected);
        expect(() =>
          replayFund(
            selected.map((event) => ({ event: fundEventOf(event), commandId: event.metadata.commandId })),
          ),
        ).not.toThrow();

        const both = await fundProjectionAt(store, SCENARIO_FUND_ID, { kind: 'position', position }, day);
        expect(both).toEqual(foldProjection(selected));
      }),
      { numRuns: 150 },
    );
  });
});

/** Of each application, the cut holds the first events of its history and no later one without the earlier. */
function expectBeginningsOfEachApplication(
  known: readonly RecordedEvent[],
  selected: readonly RecordedEvent[],
): void {
  const chosen = new Set(selected);
  const seenUnselected = new Set<string>();
  for (const event of known) {
    const applicationId = event.data['applicationId'];
    if (typeof applicationId !== 'string') continue;
    if (!chosen.has(event)) seenUnselected.add(applicationId);
    else expect(seenUnselected.has(applicationId)).toBe(false);
  }
}
