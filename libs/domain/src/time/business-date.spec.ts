/**
 * Goal: business dates are real calendar days, compared as the days they name, and "today" is the day
 * an instant falls on in the fund's time zone, across midnight, daylight saving time and year ends.
 */
import {
  calendarDateIn,
  canonicalTimeZone,
  earlierBusinessDate,
  fiscalYearOfBusinessDate,
  isBusinessDate,
  laterBusinessDate,
} from './business-date';

describe('business dates', () => {
  it('accepts only days that exist, written YYYY-MM-DD', () => {
    expect(isBusinessDate('2026-03-12')).toBe(true);
    expect(isBusinessDate('2024-02-29')).toBe(true);
    for (const bad of [
      '2025-02-29',
      '2026-04-31',
      '2026-3-12',
      '12.03.2026',
      '2026-03-12T00:00:00Z',
      20260312,
      null,
    ]) {
      expect(isBusinessDate(bad)).toBe(false);
    }
  });

  it('finds the day an instant falls on in the fund’s time zone', () => {
    expect(calendarDateIn('2026-12-31T22:59:59Z', 'Europe/Berlin')).toBe('2026-12-31');
    expect(calendarDateIn('2026-12-31T23:00:00Z', 'Europe/Berlin')).toBe('2027-01-01');
    // Summer time: Berlin is two hours ahead of UTC.
    expect(calendarDateIn('2026-06-30T21:59:59Z', 'Europe/Berlin')).toBe('2026-06-30');
    expect(calendarDateIn('2026-06-30T22:00:00Z', 'Europe/Berlin')).toBe('2026-07-01');
    expect(calendarDateIn('2026-03-12T10:00:00+01:00', 'America/New_York')).toBe('2026-03-12');
    expect(calendarDateIn('2026-03-12T02:00:00+01:00', 'America/New_York')).toBe('2026-03-11');
  });

  it('names time zones canonically and refuses unknown ones', () => {
    expect(canonicalTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('Mars/Olympus')).toBeNull();
    expect(canonicalTimeZone('')).toBeNull();
    expect(canonicalTimeZone(1)).toBeNull();
  });

  it('compares, orders and years dates as the days they name', () => {
    expect(earlierBusinessDate('2026-03-12', '2026-02-28')).toBe('2026-02-28');
    expect(laterBusinessDate('2026-03-12', '2026-02-28')).toBe('2026-03-12');
    expect(laterBusinessDate(null, '2026-02-28')).toBe('2026-02-28');
    expect(fiscalYearOfBusinessDate('2026-12-31')).toBe(2026);
  });
});
