/**
 * Goal: every read model decides what each event type means. The switches end in a `never` check, so a
 * new event type does not compile until each of them handles it; at run time, a type none of them knows
 * (a stored event from a newer version, say) is refused instead of being skipped without a word.
 */
import { FUND_EVENT_TYPES, moneyMovementOf, type FundEvent } from '@fund-ledger/domain';
import { applicationChanges, type ApplicationView } from './board/application-view';
import { evolveJuryMembers } from './board/jury-view';
import { FUND_LEVEL_EVENTS } from './fund-projection';
import { describeEvent } from './queries/ledger.query';

const renamed = {
  type: 'FundRenamed',
  data: { fundId: 'f-1', name: 'New name', occurredAt: '2024-03-01T10:00:00.000Z' },
} as unknown as FundEvent;

describe('read models and an event type they were not told about', () => {
  it('the balances (through the money it moves) refuse it', () => {
    expect(() => moneyMovementOf(renamed)).toThrow(/Unhandled case.*FundRenamed/);
  });

  it('the jury view refuses it', () => {
    expect(() => evolveJuryMembers([], renamed)).toThrow(/Unhandled case.*FundRenamed/);
  });

  it('the application view refuses it', () => {
    const view = { applicationId: 'a-1' } as ApplicationView;
    expect(() => applicationChanges(view, renamed)).toThrow(/Unhandled case.*FundRenamed/);
  });

  it('the account statement refuses to describe it', () => {
    expect(() => describeEvent(renamed)).toThrow(/Unhandled case.*FundRenamed/);
  });

  it('the fund summary has decided for every known type whether it changes the fund', () => {
    expect(FUND_LEVEL_EVENTS.has('PayoutMade')).toBe(true);
    expect(FUND_LEVEL_EVENTS.has('VoteCast')).toBe(false);
    expect(FUND_EVENT_TYPES.filter((type) => FUND_LEVEL_EVENTS.has(type))).toHaveLength(16);
  });
});
