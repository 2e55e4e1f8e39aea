/**
 * Goal: stored events enter the domain through one function, which hands today's shapes through
 * untouched, refuses a type the domain does not know, and is where an upcaster brings an older shape
 * of an event to today's, so the decider folds old and new histories alike.
 */
import {
  eventsOf,
  openFund,
  POOLED_SETTINGS,
  privateContribution,
  setBudget,
} from '../testing/fund.fixtures';
import { decodeFundEvent, type FundEventUpcasters, type StoredEvent } from './fund.decode';
import { fundDecider } from './fund.decider';
import type { FundEventData } from './fund.events';
import type { FundState } from './fund.state';

/**
 * Suppose an earlier version of `PrivateContributionRecorded` carried no `fiscalYear` and the fund's
 * fiscal year was always the calendar year of the value date: this upcaster brings it to today's shape.
 */
const upcasters: FundEventUpcasters = {
  PrivateContributionRecorded: (data) => {
    const stored = data as unknown as FundEventData<'PrivateContributionRecorded'>;
    return 'fiscalYear' in data ? stored : { ...stored, fiscalYear: Number(stored.valueDate.slice(0, 4)) };
  },
};

function fold(stored: readonly StoredEvent[]): FundState {
  return stored.reduce(
    (state, event, index) =>
      fundDecider.evolve(state, { event: decodeFundEvent(event, upcasters), commandId: `c-${index}` }),
    fundDecider.initialState(),
  );
}

describe('decodeFundEvent', () => {
  const [opened, budget, contribution] = eventsOf([
    openFund(POOLED_SETTINGS),
    setBudget(2024),
    privateContribution('private-1', '250.00', '2024-01-20'),
  ]);

  it('hands an event of today’s shape through as it was stored, without copying it', () => {
    expect(decodeFundEvent(contribution!)).toBe(contribution);
    expect(decodeFundEvent(contribution!, upcasters)).toEqual(contribution);
  });

  it('upcasts the older version of an event to today’s shape', () => {
    const { fiscalYear: _dropped, ...olderData } = contribution!
      .data as FundEventData<'PrivateContributionRecorded'>;
    const older: StoredEvent = { type: 'PrivateContributionRecorded', data: olderData };

    expect(decodeFundEvent(older, upcasters)).toEqual(contribution);
  });

  it('lets the decider fold a history that mixes the older and today’s versions', () => {
    const { fiscalYear: _dropped, ...olderData } = contribution!
      .data as FundEventData<'PrivateContributionRecorded'>;
    const older: StoredEvent = { type: 'PrivateContributionRecorded', data: olderData };

    expect(fold([opened!, budget!, older])).toEqual(fold([opened!, budget!, contribution!]));
    expect(fold([opened!, budget!, older]).privatePot.received).toBe('250.00');
  });

  it('refuses an event type the domain does not know', () => {
    expect(() => decodeFundEvent({ type: 'FundRenamed', data: { fundId: 'city-fonds' } })).toThrow(
      'unknown event type FundRenamed',
    );
  });

  describe('settings recorded before a setting existed', () => {
    const settings = (opened!.data as FundEventData<'FundOpened'>).settings;
    const { fourEyesPayments: _absent, ...olderSettings } = settings;

    it('reads a fund opened before four eyes on payments as booking its payments directly', () => {
      const older: StoredEvent = { type: 'FundOpened', data: { ...opened!.data, settings: olderSettings } };
      const changed: StoredEvent = { type: 'FundSettingsChanged', data: { settings: olderSettings } };

      expect(decodeFundEvent(older)).toEqual({
        ...opened,
        data: { ...opened!.data, settings: { ...settings, fourEyesPayments: false } },
      });
      expect(decodeFundEvent(changed).data).toEqual({ settings: { ...settings, fourEyesPayments: false } });
    });

    it('hands settings that name the rule through as they were stored', () => {
      expect(settings.fourEyesPayments).toBe(false);
      expect(decodeFundEvent(opened!)).toBe(opened);
      const recordedOn: StoredEvent = {
        type: 'FundOpened',
        data: { ...opened!.data, settings: { ...settings, fourEyesPayments: true } },
      };
      expect(decodeFundEvent(recordedOn)).toBe(recordedOn);
    });
  });
});
