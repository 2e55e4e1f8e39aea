/**
 * Goal: amounts are shown the German (and English) way and read back exactly as typed, through
 * decimal.js: no input that is not an amount of whole cents ever becomes one.
 */
import { formatMoney, formatShare, parseMoneyInput } from './money-format';

describe('formatMoney', () => {
  it.each([
    ['1234.50', '1.234,50\u00a0€', '€1,234.50'],
    ['0', '0,00\u00a0€', '€0.00'],
    ['1000000000.00', '1.000.000.000,00\u00a0€', '€1,000,000,000.00'],
    ['-260.5', '\u2212260,50\u00a0€', '\u2212€260.50'],
    ['999.99', '999,99\u00a0€', '€999.99'],
    ['90071992547409.93', '90.071.992.547.409,93\u00a0€', '€90,071,992,547,409.93'],
  ])('writes %s as %s in German and %s in English', (amount, german, english) => {
    expect(formatMoney(amount, 'de')).toBe(german);
    expect(formatMoney(amount, 'en')).toBe(english);
  });
});

describe('parseMoneyInput', () => {
  it.each([
    ['1234,50', '1234.50'],
    ['1.234,50', '1234.50'],
    ['1.234', '1234.00'],
    ['1234', '1234.00'],
    ['0,01', '0.01'],
    [' 45.000,00 € ', '45000.00'],
    ['1.000.000.000,00', '1000000000.00'],
    ['90071992547409,93', null],
  ])('reads the German %j as %j', (text, amount) => {
    const parsed = parseMoneyInput(text, 'de');
    expect(parsed.ok ? parsed.amount : null).toBe(amount);
  });

  it.each([
    ['', 'empty'],
    ['12,345', 'decimals'],
    ['1.23,4', 'format'],
    ['12.34', 'format'],
    ['-5', 'format'],
    ['1e3', 'format'],
    ['0', 'not-positive'],
    ['0,00', 'not-positive'],
    ['1.000.000.000,01', 'too-large'],
    ['abc', 'format'],
  ])('refuses the German %j as %s', (text, problem) => {
    expect(parseMoneyInput(text, 'de')).toEqual({ ok: false, problem });
  });

  it('reads English input with its own separators', () => {
    expect(parseMoneyInput('1,234.50', 'en')).toEqual({ ok: true, amount: '1234.50' });
    expect(parseMoneyInput('1.234,50', 'en')).toEqual({ ok: false, problem: 'format' });
  });

  it('accepts zero where the field allows it', () => {
    expect(parseMoneyInput('0,00', 'de', { allowZero: true })).toEqual({ ok: true, amount: '0.00' });
  });
});

describe('shares', () => {
  it('writes a share as a percentage', () => {
    expect(formatShare('0.4800', 'de')).toBe('48,00\u00a0%');
    expect(formatShare('0.5', 'en')).toBe('50.00%');
  });

  it('writes a share given as a fraction exactly, then as a percentage', () => {
    expect(formatShare('1/3', 'de')).toBe('1/3 (33,33\u00a0%)');
    expect(formatShare('2/3', 'en')).toBe('2/3 (66.67%)');
  });
});
