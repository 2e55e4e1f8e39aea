import { DomainError, type Decider } from '@fund-ledger/domain';
import type { CommandStream } from '../folded-streams';

/**
 * A tiny decider for testing the command path: it adds amounts to a counter that may not pass a
 * limit, and ignores a command id it has already handled, as every real decider must.
 */
export interface AddToCounter {
  readonly type: 'AddToCounter';
  readonly counterId: string;
  readonly commandId: string;
  readonly amount: number;
}

export interface CounterIncreased {
  readonly type: 'CounterIncreased';
  readonly data: { readonly amount: number };
}

export interface CounterState {
  readonly total: number;
  readonly handledCommandIds: readonly string[];
}

export const COUNTER_LIMIT = 10;

export const counterDecider: Decider<AddToCounter, CounterIncreased, CounterState> = {
  initialState: () => ({ total: 0, handledCommandIds: [] }),
  decide(command, state) {
    if (state.handledCommandIds.includes(command.commandId)) return [];
    if (state.total + command.amount > COUNTER_LIMIT) {
      throw new DomainError(
        'COUNTER.LIMIT_EXCEEDED',
        `The counter may not exceed ${COUNTER_LIMIT}`,
        'rule_violated',
        'amount',
      );
    }
    return [{ type: 'CounterIncreased', data: { amount: command.amount } }];
  },
  evolve(state, envelope) {
    return {
      total: state.total + envelope.event.data.amount,
      handledCommandIds: [...state.handledCommandIds, envelope.commandId],
    };
  },
};

export const counterStream: CommandStream<AddToCounter, CounterIncreased, CounterState> = {
  decider: counterDecider,
  streamName: (command) => `counter-${command.counterId}`,
  decode: (recorded) => ({ type: 'CounterIncreased', data: { amount: Number(recorded.data['amount']) } }),
};
