/** Goal: only canonical euro strings become amounts, refusals name the field, and amounts are written with two decimals. */
import { DomainError } from '../decider';
import { AMOUNT_MAX, formatAmount, Money, parseAmount, sumAmounts } from './money';

describe('parseAmount', () => {
  it.each(['0.01', '1', '1234.5', '1234.50', AMOUNT_MAX])('accepts %s', (value) => {
    expect(formatAmount(parseAmount(value, 'amount'))).toBe(new Money(value).toFixed(2));
  });

  it.each([
    ['a number', 12.5],
    ['three decimals', '1.005'],
    ['a sign', '-1.00'],
    ['a plus sign', '+1.00'],
    ['exponent notation', '1e3'],
    ['a comma', '1,50'],
    ['a thousands separator', '1.000,00'],
    ['a leading zero', '01.00'],
    ['spaces', ' 1.00'],
    ['a trailing dot', '1.'],
    ['above the upper bound', '1000000000.01'],
    ['the empty string', ''],
    ['null', null],
    ['Infinity', 'Infinity'],
  ])('refuses %s with MONEY.INVALID_AMOUNT naming the field', (_label, value) => {
    expect(() => parseAmount(value, 'requestedGrant')).toThrow(
      expect.objectContaining({
        code: 'MONEY.INVALID_AMOUNT',
        field: 'requestedGrant',
        kind: 'invalid_input',
      }),
    );
  });

  it('refuses zero unless zero is allowed', () => {
    expect(() => parseAmount('0.00', 'amount')).toThrow(DomainError);
    expect(formatAmount(parseAmount('0.00', 'publicBudget', { allowZero: true }))).toBe('0.00');
  });
});

describe('formatAmount', () => {
  it('writes two decimals and never exponent notation', () => {
    expect(formatAmount(new Money('1000000000'))).toBe('1000000000.00');
    expect(formatAmount(new Money('0.1'))).toBe('0.10');
  });

  it('refuses to write fractions of a cent instead of rounding them away silently', () => {
    expect(() => formatAmount(new Money('0.005'))).toThrow('not a whole number of cents');
  });

  it('adds decimal strings exactly, where binary floating point would not', () => {
    expect(formatAmount(sumAmounts(['0.10', '0.20']))).toBe('0.30');
  });
});
