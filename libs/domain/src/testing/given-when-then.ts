/**
 * Specification helper for the fund decider, in the given / when / then form:
 * `given(events).when(command).then(expectedEvents)`, `.thenThrows(code)` or `.thenNothingHappened()`.
 * It throws a plain Error with both sides printed, so it works under any test runner.
 */
import { DomainError, type EventEnvelope } from '../decider';
import type { FundCommand } from '../fund/fund.commands';
import type { FundEvent } from '../fund/fund.events';
import { fundDecider, replayFund } from '../fund/fund.decider';
import type { FundState } from '../fund/fund.state';

export interface FundSpecification {
  /** The events the command produces must be exactly these, in this order. */
  then(expected: readonly FundEvent[]): void;
  /** The command must be refused with this error code (and field, when given). */
  thenThrows(code: string, field?: string): DomainError;
  /** The command must produce no events (e.g. a repeated command id). */
  thenNothingHappened(): void;
  /** The events the command produces, for checks the other forms cannot express. */
  events(): readonly FundEvent[];
}

/** Events given without a command id get one of their own each, so that no given event makes a command a repeat. */
export function given(history: readonly (FundEvent | EventEnvelope<FundEvent>)[]): {
  when(command: FundCommand): FundSpecification;
  state(): FundState;
} {
  const envelopes = history.map((entry, index) =>
    'event' in entry ? entry : { event: entry, commandId: `given-${index + 1}` },
  );
  const state = (): FundState => replayFund(envelopes);
  return { state, when: (command) => specification(state(), command) };
}

function specification(state: FundState, command: FundCommand): FundSpecification {
  const decide = (): readonly FundEvent[] => fundDecider.decide(command, state);
  return {
    events: decide,
    then(expected) {
      const actual = decide();
      assertSameEvents(actual, expected);
      replayAfter(state, command, actual);
    },
    thenThrows(code, field) {
      const error = refusalOf(decide);
      if (error.code !== code || (field !== undefined && error.field !== field)) {
        throw new Error(
          `Expected refusal ${code}${field === undefined ? '' : ` on ${field}`}, got ${error.code} on ${String(error.field)}: ${error.message}`,
        );
      }
      return error;
    },
    thenNothingHappened() {
      assertSameEvents(decide(), []);
    },
  };
}

function refusalOf(decide: () => readonly FundEvent[]): DomainError {
  let events: readonly FundEvent[];
  try {
    events = decide();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error(`Expected a refusal, but the command produced:\n${JSON.stringify(events, null, 2)}`);
}

/** The produced events must also evolve cleanly, or the stream would hold events no reader can fold. */
function replayAfter(state: FundState, command: FundCommand, events: readonly FundEvent[]): void {
  events.reduce(
    (current, event) => fundDecider.evolve(current, { event, commandId: command.commandId }),
    state,
  );
}

function assertSameEvents(actual: readonly FundEvent[], expected: readonly FundEvent[]): void {
  const actualJson = JSON.stringify(actual, null, 2);
  const expectedJson = JSON.stringify(expected, null, 2);
  if (canonicalJson(actual) !== canonicalJson(expected)) {
    throw new Error(`Events differ.\nExpected:\n${expectedJson}\nActual:\n${actualJson}`);
  }
}

/** JSON with object keys sorted, so that field order does not matter but list order does. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : inner,
  );
}
