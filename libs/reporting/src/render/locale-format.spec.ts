/**
 * Goal: figures are written for their readers without ever passing through a JavaScript number:
 * German and English amounts, spreadsheet amounts, shares as percentages, dates and months.
 */
import {
  formatCount,
  formatMonth,
  formatReportAmount,
  formatReportDate,
  formatReportShare,
  formatSpreadsheetAmount,
} from './locale-format';

describe('locale formats', () => {
  it.each([
    ['0.00', '0,00\u00a0€', '€0.00'],
    ['1234.50', '1.234,50\u00a0€', '€1,234.50'],
    ['-1234.50', '−1.234,50\u00a0€', '−€1,234.50'],
    ['999999999.99', '999.999.999,99\u00a0€', '€999,999,999.99'],
    ['12345678901234567890.01', '12.345.678.901.234.567.890,01\u00a0€', '€12,345,678,901,234,567,890.01'],
  ])('writes %s as %s and %s', (amount, german, english) => {
    expect(formatReportAmount(amount, 'de')).toBe(german);
    expect(formatReportAmount(amount, 'en')).toBe(english);
  });

  it('writes spreadsheet amounts without grouping, with the locale decimal mark', () => {
    expect(formatSpreadsheetAmount('-1234567.05', 'de')).toBe('-1234567,05');
    expect(formatSpreadsheetAmount('1234567.05', 'en')).toBe('1234567.05');
  });

  it.each([
    ['0.5', '50,00\u202f%', '50.00%'],
    ['0.4998', '49,98\u202f%', '49.98%'],
    ['0.33335', '33,34\u202f%', '33.34%'],
    ['1', '100,00\u202f%', '100.00%'],
    ['0.0005', '0,05\u202f%', '0.05%'],
    ['1/3', '1/3 (33,33\u202f%)', '1/3 (33.33%)'],
    ['2/3', '2/3 (66,67\u202f%)', '2/3 (66.67%)'],
  ])('writes the share %s as %s and %s', (share, german, english) => {
    expect(formatReportShare(share, 'de')).toBe(german);
    expect(formatReportShare(share, 'en')).toBe(english);
  });

  it('writes counts, dates and months', () => {
    expect(formatCount(1234567, 'de')).toBe('1.234.567');
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
    expect(formatReportDate('2024-02-29', 'de')).toBe('29.02.2024');
    expect(formatReportDate('2024-02-29T23:59:59.999Z', 'en')).toBe('2024-02-29');
    expect(formatMonth('2024-03', ['Jan', 'Feb', 'Mär'])).toBe('Mär 2024');
  });
});
