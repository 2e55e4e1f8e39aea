/** Goal: `asOf` names a global position or a real instant with a time zone; anything else is refused. */
import type { EventStore, RecordedEvent } from '@fund-ledger/event-store';
import {
  FUND_ID,
  historyOf,
  openFund,
  POOLED_SETTINGS,
  publicContribution,
  setBudget,
} from '@fund-ledger/domain/testing/fund.fixtures';
import {
  commandEndPosition,
  fundProjectionAt,
  parsePointInTime,
  PointInTimeFormatError,
  wholeCommandPoint,
} from './point-in-time';
import { fundBalancesReport } from './queries/balances.query';
import { requireSummary } from './testing/fold';
import { recordEvents } from './testing/recorded-events';

describe('parsePointInTime', () => {
  it.each([
    ['0', 0],
    ['1287', 1287],
    ['999999999999999', 999_999_999_999_999],
  ])('reads %s as a global position', (value, position) => {
    expect(parsePointInTime(value)).toEqual({ kind: 'position', position });
  });

  it.each([
    ['2024-05-01T09:30:00Z', '2024-05-01T09:30:00.000Z'],
    ['2024-05-01T09:30Z', '2024-05-01T09:30:00.000Z'],
    ['2024-02-29T23:59:59.999Z', '2024-02-29T23:59:59.999Z'],
    ['2024-05-01T11:30:00+02:00', '2024-05-01T09:30:00.000Z'],
    ['2024-12-31T23:00:00-01:00', '2025-01-01T00:00:00.000Z'],
  ])('reads %s as the instant %s', (value, instant) => {
    expect(parsePointInTime(value)).toEqual({ kind: 'instant', instant, epochMs: Date.parse(instant) });
  });

  it.each([
    ['an empty value', ''],
    ['a word', 'yesterday'],
    ['a negative position', '-1'],
    ['a position with leading zeros', '0003'],
    ['a position too large to be exact', '9999999999999999'],
    ['a fraction', '12.5'],
    ['an exponent', '1e309'],
    ['a date without a time', '2024-05-01'],
    ['an instant without a time zone', '2024-05-01T09:30:00'],
    ['30 February', '2024-02-30T00:00:00Z'],
    ['29 February of a common year', '2023-02-29T00:00:00Z'],
    ['month 13', '2024-13-01T00:00:00Z'],
    ['day 0', '2024-05-00T00:00:00Z'],
    ['hour 24', '2024-01-01T24:00Z'],
    ['minute 60', '2024-01-01T10:60Z'],
    ['a leap second', '2024-06-30T23:59:60Z'],
    ['an offset of 24 hours', '2024-05-01T09:30:00+24:00'],
    ['an offset with minute 60', '2024-05-01T09:30:00+01:60'],
  ])('refuses %s', (_, value) => {
    expect(() => parsePointInTime(value)).toThrow(PointInTimeFormatError);
  });
});

/**
 * Goal: no answer shows a command half applied. A position between a public contribution and its split
 * among funders (one command, two events) stands for the end of that command, so the pot and the funders
 * agree; a position at the end of a command, or between two commands, stays where it is.
 */
describe('a position inside one command', () => {
  const envelopes = historyOf([
    openFund(POOLED_SETTINGS),
    setBudget(2024),
    publicContribution('c-1', '45000.00'),
    publicContribution('c-2', '300.00'),
  ]);
  const recorded: RecordedEvent[] = recordEvents(envelopes.map((envelope) => envelope.event)).map(
    (event, index) => ({ ...event, metadata: { ...event.metadata, commandId: envelopes[index].commandId } }),
  );
  const store = {
    readStream: () => iterate(recorded),
    readAll: (options: { afterPosition?: number } = {}) =>
      iterate(recorded.filter((event) => event.position > (options.afterPosition ?? 0))),
  } as unknown as EventStore;
  const positionOf = (type: string, nth = 0) => recorded.filter((event) => event.type === type)[nth].position;

  it('resolves to the end of that command', async () => {
    const recordedAt = positionOf('PublicContributionRecorded');
    expect(await commandEndPosition(store, recordedAt)).toBe(positionOf('PublicContributionSplit'));
  });

  it('stays at the end of a command and between commands', async () => {
    const split = positionOf('PublicContributionSplit');
    expect(await commandEndPosition(store, split)).toBe(split);
    expect(await commandEndPosition(store, positionOf('FiscalYearBudgetSet'))).toBe(
      positionOf('FiscalYearBudgetSet'),
    );
  });

  it('shows the pot and the funders agreeing, never 45,000.00 in the pot and 0.00 with the funders', async () => {
    const point = await wholeCommandPoint(store, {
      kind: 'position',
      position: positionOf('PublicContributionRecorded'),
    });
    const projection = await fundProjectionAt(store, FUND_ID, point);
    const balances = fundBalancesReport(requireSummary(projection));
    expect(balances.public.received).toBe('45000.00');
    expect(balances.funders.map((funder) => funder.received)).toEqual(['14998.50', '14998.50', '15003.00']);
  });
});

async function* iterate(events: readonly RecordedEvent[]): AsyncIterable<RecordedEvent> {
  yield* events;
}
