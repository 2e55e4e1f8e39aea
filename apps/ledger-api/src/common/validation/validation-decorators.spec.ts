/**
 * Goal: the reusable DTO decorators accept exactly the canonical forms (EUR amounts as strings with at
 * most two decimals, ids, ISO dates and instants) and refuse everything else with a message that names
 * the field and says what is expected.
 */
import { validateSync } from 'class-validator';
import { IsAmount } from './is-amount.decorator';
import { IsEntityId } from './is-entity-id.decorator';
import { IsIsoDate, IsIsoInstant } from './is-iso-date.decorator';

class Payment {
  @IsAmount()
  amount!: unknown;

  @IsEntityId()
  grantId!: unknown;

  @IsIsoDate()
  valueDate!: unknown;

  @IsIsoInstant()
  decidedAt!: unknown;
}

const VALID = {
  amount: '1234.50',
  grantId: 'grant-2024.01_a',
  valueDate: '2024-02-29',
  decidedAt: '2024-05-01T09:30:00Z',
};

function messagesFor(field: keyof typeof VALID, value: unknown): string[] {
  const payment = Object.assign(new Payment(), VALID, { [field]: value });
  return validateSync(payment).flatMap((error) => Object.values(error.constraints ?? {}));
}

describe('IsAmount', () => {
  it.each(['0.01', '1', '7.5', '1234.50', '999999999.99', '1000000000.00', '1000000000'])(
    'accepts %j',
    (value) => {
      expect(messagesFor('amount', value)).toEqual([]);
    },
  );

  it.each([
    [1234.5, 'amount must be a string such as "1234.50", not a JSON number'],
    ['1.234', 'amount must have at most two decimals (whole cents)'],
    ['0', 'amount must be more than 0.00'],
    ['0.00', 'amount must be more than 0.00'],
    ['1000000000.01', 'amount must be at most 1000000000.00'],
    ['1e309', 'amount must be a euro amount written as a string such as "1234.50" (digits'],
    [' 1', 'amount must be a euro amount written as a string'],
    ['-1', 'amount must be a euro amount written as a string'],
    ['+1', 'amount must be a euro amount written as a string'],
    ['01.00', 'amount must be a euro amount written as a string'],
    ['1,50', 'amount must be a euro amount written as a string'],
    ['1.', 'amount must be a euro amount written as a string'],
    ['.5', 'amount must be a euro amount written as a string'],
    ['NaN', 'amount must be a euro amount written as a string'],
    ['Infinity', 'amount must be a euro amount written as a string'],
    ['', 'amount must be a euro amount written as a string'],
    [null, 'amount must be a euro amount written as a string'],
    [undefined, 'amount must be a euro amount written as a string'],
    [{ value: '1.00' }, 'amount must be a euro amount written as a string'],
  ])('refuses %j', (value, message) => {
    const messages = messagesFor('amount', value);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(message);
  });
});

describe('IsEntityId', () => {
  it.each(['a', 'A1', 'city-fund_2024.v2', 'x'.repeat(64)])('accepts %j', (value) => {
    expect(messagesFor('grantId', value)).toEqual([]);
  });

  it.each(['', '-lead', '.hidden', 'has space', 'slash/y', 'ü', 'x'.repeat(65), 42, null])(
    'refuses %j',
    (value) => {
      expect(messagesFor('grantId', value)).toEqual([
        "grantId must be an id of 1 to 64 characters: letters, digits, '.', '_' or '-', starting with a letter or digit",
      ]);
    },
  );
});

describe('IsIsoDate', () => {
  it.each(['2024-02-29', '2023-12-31', '1999-01-01'])('accepts %j', (value) => {
    expect(messagesFor('valueDate', value)).toEqual([]);
  });

  it.each([
    '2023-02-29',
    '2024-13-01',
    '2024-04-31',
    '2024-5-1',
    '20240501',
    '2024-05-01T00:00:00Z',
    20240501,
  ])('refuses %j', (value) => {
    expect(messagesFor('valueDate', value)).toEqual([
      'valueDate must be a calendar date written YYYY-MM-DD, such as "2024-05-01"',
    ]);
  });
});

describe('IsIsoInstant', () => {
  it.each([
    '2024-05-01T09:30:00Z',
    '2024-05-01T09:30:00.123Z',
    '2024-05-01T09:30:00+02:00',
    '2024-12-31T23:59:59-05:30',
  ])('accepts %j', (value) => {
    expect(messagesFor('decidedAt', value)).toEqual([]);
  });

  it.each([
    '2024-05-01',
    '2024-05-01T09:30Z',
    '2024-05-01T09:30:00',
    '2024-05-01 09:30:00Z',
    '2024-05-01T24:00:00Z',
    '2024-05-01T09:60:00Z',
    '2024-02-30T09:30:00Z',
    '2024-05-01T09:30:00+25:00',
    1714555800000,
  ])('refuses %j', (value) => {
    expect(messagesFor('decidedAt', value)).toEqual([
      'decidedAt must be a date and time with seconds and a time zone, such as "2024-05-01T09:30:00Z"',
    ]);
  });
});
