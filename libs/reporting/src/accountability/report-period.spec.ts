/**
 * Goal: a report period is whole UTC days from `from` to `to`; impossible dates, reversed periods and
 * periods longer than the bound are refused with a message; the months of a period are cut to it.
 */
import { monthsOf, REPORT_PERIOD_MONTHS_MAX, reportPeriod, ReportPeriodError } from './report-period';

describe('report periods', () => {
  it('covers whole days: from midnight of the first to midnight after the last', () => {
    expect(reportPeriod('2024-01-01', '2024-12-31')).toMatchObject({
      startsAt: '2024-01-01T00:00:00.000Z',
      endsBefore: '2025-01-01T00:00:00.000Z',
    });
    expect(reportPeriod('2024-02-29', '2024-02-29').endsBefore).toBe('2024-03-01T00:00:00.000Z');
  });

  it.each([
    ['2024-02-30', '2024-03-01', /from must be a calendar date/],
    ['2024-01-01', '2024-1-31', /to must be a calendar date/],
    ['2024-02-01', '2024-01-31', /must not end before it starts/],
    ['2000-01-01', '2024-12-31', new RegExp(`at most ${REPORT_PERIOD_MONTHS_MAX} months`)],
  ])('refuses %s to %s', (from, to, message) => {
    expect(() => reportPeriod(from, to)).toThrow(ReportPeriodError);
    expect(() => reportPeriod(from, to)).toThrow(message);
  });

  it('lists the months of the period, the first and last cut to it', () => {
    const months = monthsOf(reportPeriod('2024-01-15', '2024-03-10'));
    expect(months.map(({ month, lastDay }) => [month, lastDay])).toEqual([
      ['2024-01', '2024-01-31'],
      ['2024-02', '2024-02-29'],
      ['2024-03', '2024-03-10'],
    ]);
    expect(months.at(-1)?.endsBeforeMs).toBe(Date.parse('2024-03-11T00:00:00Z'));
  });
});
