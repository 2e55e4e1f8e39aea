/**
 * A decider is the pure heart of one consistency boundary: given the state folded from its own
 * stream, it decides which events a command produces, or refuses it with a `DomainError`.
 * No clock, no randomness, no I/O: time and ids arrive on the command.
 */

/** An event together with the id of the command that produced it (for idempotency by command id). */
export interface EventEnvelope<Event> {
  readonly event: Event;
  readonly commandId: string;
}

export interface Decider<Command, Event, State> {
  initialState(): State;
  /** Returns the events the command produces; an empty list when the command id was already handled. */
  decide(command: Command, state: State): readonly Event[];
  evolve(state: State, envelope: EventEnvelope<Event>): State;
}

/**
 * How the edge should treat a refusal: a missing thing, a conflict with the current state, a broken
 * rule, bad input, or a person acting where they may not (a juror outside their own jury seat).
 */
export type DomainErrorKind = 'not_found' | 'conflict' | 'rule_violated' | 'invalid_input' | 'forbidden';

/** A refusal a treasurer understands: a stable code (e.g. `PAYOUT.EXCEEDS_GRANT`) and a plain message. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly kind: DomainErrorKind = 'rule_violated',
    /** The command field the refusal is about, when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
