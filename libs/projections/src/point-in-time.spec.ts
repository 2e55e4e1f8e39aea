/** Goal: `asOf` names a global position or a real instant with a time zone; anything else is refused. */
import { parsePointInTime, PointInTimeFormatError } from './point-in-time';

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
