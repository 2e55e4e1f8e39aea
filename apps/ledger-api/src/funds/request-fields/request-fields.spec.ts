/**
 * Goal: the validators the fund requests add to the platform's (amounts that may be zero, shares,
 * interest rates, single- and multi-line text under the text policy, the fiscal year in a path) accept exactly the documented
 * forms and name the field when they refuse; and fund settings reach the domain without the fields
 * the request left out, so the domain's defaults apply.
 */
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { FundSettingsDto, toFundSettingsInput } from './fund-settings.dto';
import { FiscalYearPath } from './path-params';
import {
  IsAmountOrZero,
  IsFunderShare,
  IsMultiLineText,
  IsPercentRate,
  IsShare,
  IsSingleLineText,
} from './request-fields';

class Sample {
  @IsAmountOrZero()
  budget!: unknown;

  @IsShare(4)
  share!: unknown;

  @IsFunderShare()
  funderShare!: unknown;

  @IsPercentRate()
  rate!: unknown;

  @IsSingleLineText(5)
  note!: unknown;

  @IsMultiLineText(40)
  reason!: unknown;
}

const VALID = {
  budget: '0.00',
  share: '0.5',
  funderShare: '1/3',
  rate: '5.12',
  note: 'ok',
  reason: 'First line\n\tsecond line',
};

async function problemsOf(
  overrides: Partial<Record<keyof Sample, unknown>>,
): Promise<Record<string, string[]>> {
  const errors = await validate(plainToInstance(Sample, { ...VALID, ...overrides }));
  return Object.fromEntries(errors.map((error) => [error.property, Object.values(error.constraints ?? {})]));
}

describe('Fund request validators', () => {
  it.each(['1/3', '2/3', '0.333334', '1', '0'])('take the funder share %s', async (funderShare) => {
    expect(await problemsOf({ funderShare })).toEqual({});
  });

  it.each(['4/3', '1/0', '-1/3', '1/3 ', '0.1234567', 1 / 3, '1e-1'])(
    'refuse the funder share %s, naming both forms',
    async (funderShare) => {
      expect((await problemsOf({ funderShare }))['funderShare']?.[0]).toMatch(
        /decimal .* or a fraction .*"1\/3"/,
      );
    },
  );

  it('accept the documented forms', async () => {
    expect(await problemsOf({})).toEqual({});
    expect(await problemsOf({ budget: '1000000000.00', share: '1', rate: '100', note: 'x y' })).toEqual({});
  });

  it.each([
    ['budget', '-1.00'],
    ['budget', '1.005'],
    ['budget', 5],
    ['budget', '1e3'],
    ['budget', '1000000000.01'],
    ['share', '1.5'],
    ['share', '0.12345'],
    ['share', 0.5],
    ['rate', '100.01'],
    ['rate', '-1'],
    ['rate', '5,12'],
    ['note', '   '],
    ['note', 'longer than five'],
    ['note', 7],
    ['note', 'a\u001b[2K'],
    ['note', 'bell\u0007'],
    ['note', 'x\u0085'],
    ['note', 'two\nlines'],
    ['note', 'tab\there'],
    ['note', 'exe\u202egpj'],
    ['note', '\u2066ab\u2069'],
    ['note', 'a\u2028b'],
    ['note', '\u200b\u200c\u200d'],
    ['note', '\u00a0\u3000'],
    ['note', '\u2060\ufeff'],
    ['note', '\ud800x'],
    ['reason', 'Harmless\u001b[2K\r\u001b[1AFAKE LINE'],
    ['reason', 'carriage\rreturn'],
    ['reason', 'override \u202e here'],
    ['reason', '\n\t \n'],
  ])('refuse %s = %p with a message naming the field', async (field, value) => {
    const problems = await problemsOf({ [field]: value });
    expect(Object.keys(problems)).toEqual([field]);
    expect(problems[field]?.every((message) => message.startsWith(field))).toBe(true);
  });

  it('normalise text to NFC before checking and keeping it', async () => {
    const decomposed = 'Mu\u0308ller';
    const sample = plainToInstance(Sample, { ...VALID, note: 'Mu\u0308l', reason: decomposed });
    expect(await validate(sample)).toEqual([]);
    expect(sample.note).toBe('M\u00fcl');
    expect(sample.reason).toBe('M\u00fcller');
  });

  it('name the offending character in the message', async () => {
    expect((await problemsOf({ note: 'a\u001b' }))['note']).toEqual([
      'note must be a single line without control characters (it contains U+001B)',
    ]);
    expect((await problemsOf({ reason: 'a\u202eb' }))['reason']).toEqual([
      'reason must not contain bidirectional formatting characters or line separators (it contains U+202E)',
    ]);
  });

  it('accept a fiscal year in the path from 2000 to 2100 only', async () => {
    const problemsOfYear = async (year: string) =>
      (await validate(plainToInstance(FiscalYearPath, { fundId: 'city-fonds', year }))).map(
        (error) => error.property,
      );
    expect(await problemsOfYear('2024')).toEqual([]);
    expect(await problemsOfYear('1999')).toEqual(['year']);
    expect(await problemsOfYear('2101')).toEqual(['year']);
    expect(await problemsOfYear('24')).toEqual(['year']);
  });
});

describe('Fund settings from a request', () => {
  const required = {
    fundingSource: 'municipal-budget',
    matchingModel: 'per-project',
    publicFunders: [{ funderId: 'city', name: 'City', share: '1' }],
  } as const;

  it('leave out what the request left out, so that the domain fills in its defaults', () => {
    const settings = plainToInstance(FundSettingsDto, required);
    expect(toFundSettingsInput(settings)).toEqual(required);
  });

  it('carry every given setting, including a cap of null and a minimum-present quorum', () => {
    const given = {
      ...required,
      publicShareMax: '0.6',
      perProjectPublicCap: null,
      publicMoneyInvestiveOnly: false,
      yearEndPolicy: 'lapse',
      jury: { quorum: { kind: 'minimum-present', count: 6 }, majority: 'two-thirds' },
    } as const;
    expect(toFundSettingsInput(plainToInstance(FundSettingsDto, given))).toEqual(given);
  });

  it('drop a quorum count that a more-than-half quorum does not use', () => {
    const settings = plainToInstance(FundSettingsDto, {
      ...required,
      jury: { quorum: { kind: 'more-than-half', count: 3 } },
    });
    expect(toFundSettingsInput(settings).jury).toEqual({ quorum: { kind: 'more-than-half' } });
  });
});
