/**
 * Goal: splitting an amount to the cent always sums exactly to the whole, gives every part its
 * exact share within one cent, breaks ties by position (configured funder order), and is deterministic.
 */
import fc from 'fast-check';
import { allocate, allocateByWeights, parseShare } from './allocate';
import { formatAmount, Money } from './money';

const parts = (amount: string, shares: string[]) => allocate(amount, shares).map(formatAmount);

describe('allocate', () => {
  it('splits among federal, state and municipal thirds with the left-over cent to the largest remainder', () => {
    expect(parts('100.00', ['0.3333', '0.3333', '0.3334'])).toEqual(['33.33', '33.33', '33.34']);
  });

  it('gives a left-over cent to the earlier funder when remainders tie', () => {
    expect(parts('0.01', ['0.5', '0.5'])).toEqual(['0.01', '0.00']);
    expect(parts('0.02', ['0.3333', '0.3333', '0.3334'])).toEqual(['0.01', '0.00', '0.01']);
  });

  it('splits a state funding rate of 60 % with the city paying the rest', () => {
    expect(parts('1234.57', ['0.6', '0.4'])).toEqual(['740.74', '493.83']);
  });

  it('splits federal, state and municipal thirds written as exact fractions, the left-over cent to the first', () => {
    expect(parts('100.00', ['1/3', '1/3', '1/3'])).toEqual(['33.34', '33.33', '33.33']);
    expect(parts('100.01', ['1/3', '1/3', '1/3'])).toEqual(['33.34', '33.34', '33.33']);
    expect(parts('1000.00', ['2/3', '1/6', '1/6'])).toEqual(['666.67', '166.67', '166.66']);
  });

  it('mixes fractions and decimals, comparing remainders exactly', () => {
    expect(parts('10.00', ['1/3', '0.5', '1/6'])).toEqual(['3.33', '5.00', '1.67']);
  });

  it('refuses fractions that do not sum to 1, naming the exact sum', () => {
    expect(() => allocate('10.00', ['1/3', '1/3', '0.3333'])).toThrow(
      'Shares must sum to 1, got 29999/30000',
    );
  });

  it('refuses shares that do not sum to 1', () => {
    expect(() => allocate('10.00', ['0.5', '0.4'])).toThrow('Shares must sum to 1');
  });

  it('refuses to split fractions of a cent', () => {
    expect(() => allocate('0.001', ['1'])).toThrow('whole number of cents');
  });
});

describe('allocateByWeights', () => {
  it('never gives a part more than its weight when the weights cover the amount', () => {
    expect(allocateByWeights('0.03', ['0.02', '0.01']).map(formatAmount)).toEqual(['0.02', '0.01']);
  });

  it('allocates nothing among zero weights', () => {
    expect(allocateByWeights('0.00', ['0.00', '0.00']).map(formatAmount)).toEqual(['0.00', '0.00']);
  });
});

describe('parseShare', () => {
  it.each([
    ['1/3', 1n, 3n],
    ['0.3334', 1667n, 5000n],
    ['1', 1n, 1n],
    ['999999/999999', 1n, 1n],
  ])('reads %s as an exact fraction', (text, numerator, denominator) => {
    expect(parseShare(text, 'share')).toEqual({ numerator, denominator });
  });

  it.each([
    '1.5',
    '-0.5',
    '0.1234567',
    'half',
    0.5,
    '4/3',
    '1/0',
    '01/3',
    '1/3.0',
    '1 / 3',
    '1/1000000',
    '1e-1',
  ])('refuses %s', (value) => {
    expect(() => parseShare(value, 'share')).toThrow(
      expect.objectContaining({ code: 'FUND.INVALID_SETTINGS', field: 'share' }),
    );
  });
});

const cents = fc.integer({ min: 0, max: 100_000_000_000 });
const shareSets = fc
  .array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 6 })
  .map((weights) => {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    const shares = weights.map((weight) =>
      new Money(weight).dividedBy(total).toDecimalPlaces(6, Money.ROUND_DOWN),
    );
    const rest = new Money(1).minus(shares.reduce((sum, share) => sum.plus(share), new Money(0)));
    shares[0] = shares[0].plus(rest);
    return shares.map((share) => share.toFixed());
  });

/** Shares as fractions n_i / d summing to exactly 1, with a common denominator d up to 999. */
const fractionSets = fc
  .array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 6 })
  .filter((weights) => weights.reduce((sum, weight) => sum + weight, 0) <= 999)
  .map((weights) => {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    return weights.map((weight) => `${weight}/${total}`);
  });

describe('allocate, for any amount and fractions', () => {
  it('gives parts that sum exactly to the amount, each within one cent of its exact share', () => {
    fc.assert(
      fc.property(cents, fractionSets, (value, shares) => {
        const amount = new Money(value).dividedBy(100);
        const split = allocate(amount, shares);
        expect(split.reduce((sum, part) => sum.plus(part), new Money(0)).equals(amount)).toBe(true);
        split.forEach((part, index) => {
          const [numerator, denominator] = shares[index].split('/');
          const exact = amount.times(numerator).dividedBy(denominator);
          expect(part.minus(exact).abs().lt('0.01')).toBe(true);
        });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('allocate, for any amount and shares', () => {
  const amountOf = (value: number) => new Money(value).dividedBy(100);

  it('gives parts that sum exactly to the amount', () => {
    fc.assert(
      fc.property(cents, shareSets, (value, shares) => {
        const total = allocate(amountOf(value), shares).reduce((sum, part) => sum.plus(part), new Money(0));
        expect(total.equals(amountOf(value))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives each part its exact share within one cent, in whole cents, never negative', () => {
    fc.assert(
      fc.property(cents, shareSets, (value, shares) => {
        allocate(amountOf(value), shares).forEach((part, index) => {
          const exact = amountOf(value).times(shares[index]);
          expect(part.minus(exact).abs().lt('0.01')).toBe(true);
          expect(part.decimalPlaces()).toBeLessThanOrEqual(2);
          expect(part.isNegative()).toBe(false);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(cents, shareSets, (value, shares) => {
        expect(allocate(amountOf(value), shares).map(formatAmount)).toEqual(
          allocate(amountOf(value), [...shares]).map(formatAmount),
        );
      }),
      { numRuns: 500 },
    );
  });
});
