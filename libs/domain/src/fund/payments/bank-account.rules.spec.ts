/** Goal: IBANs are accepted only with correct check digits, BICs only in their ISO 9362 form, and holders compare as people write names. */
import { hasValidIbanChecksum, isSameHolder, requireBic, requireIban } from './bank-account.rules';

describe('IBAN', () => {
  it.each([
    ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
    ['de89370400440532013000', 'DE89370400440532013000'],
    ['GB82 WEST 1234 5698 7654 32', 'GB82WEST12345698765432'],
    ['AT611904300234573201', 'AT611904300234573201'],
  ])('takes %s as %s', (written, recorded) => {
    expect(requireIban(written, 'iban')).toBe(recorded);
  });

  it.each([
    ['one digit typed wrong', 'DE89 3704 0044 0532 0130 01'],
    ['two digits swapped', 'DE89 3704 0044 0523 0130 00'],
    ['wrong check digits', 'DE88370400440532013000'],
  ])('refuses %s by the check digits', (_case, iban) => {
    expect(() => requireIban(iban, 'iban')).toThrow(/check digits/);
  });

  it.each([
    ['', 'empty'],
    ['DE89-3704-0044', 'dashes'],
    ['1234567890123456', 'no country'],
    [12345, 'a number'],
    [null, 'null'],
    ['DE89 3704 0044 0532 0130 00'.repeat(3), 'too long'],
  ] as [unknown, string][])('refuses %p (%s) as no IBAN, naming the field', (value) => {
    expect(() => requireIban(value, 'iban')).toThrow(
      expect.objectContaining({ code: 'COMMAND.INVALID_INPUT', field: 'iban' }),
    );
  });

  it('computes the mod-97 check exactly for long IBANs (no floating point)', () => {
    expect(hasValidIbanChecksum('MT84MALT011000012345MTLCAST001S')).toBe(true);
    expect(hasValidIbanChecksum('MT84MALT011000012345MTLCAST001T')).toBe(false);
  });
});

describe('BIC', () => {
  it('is optional and recorded in capitals without spaces', () => {
    expect(requireBic(undefined, 'bic')).toBeNull();
    expect(requireBic('cobadeffxxx', 'bic')).toBe('COBADEFFXXX');
    expect(requireBic('DORT DE 33', 'bic')).toBe('DORTDE33');
  });

  it.each(['COBADEFF1', 'COBA1EFFXXX', 'COBADE', '', 42])('refuses %p', (bic) => {
    expect(() => requireBic(bic, 'bic')).toThrow(expect.objectContaining({ field: 'bic' }));
  });
});

describe('account holder and applicant', () => {
  it('match regardless of case, spacing and the punctuation of abbreviations', () => {
    expect(isSameHolder('Klaviere in der City e.V.', 'klaviere  in der city e. v.')).toBe(true);
    expect(isSameHolder('Jörg Schäfer', 'JÖRG SCHÄFER')).toBe(true);
  });

  it('differ when the name is another', () => {
    expect(isSameHolder('Max Mustermann', 'Klaviere in der City e.V.')).toBe(false);
  });
});
