/**
 * Bank accounts as a SEPA credit transfer needs them: an IBAN whose check digits are right (ISO 13616,
 * mod 97) and, where given, a BIC of the ISO 9362 form. A typing error in an IBAN almost always breaks
 * its check digits, so it is refused here rather than by the bank weeks later.
 */
import type { Payee } from '../fund.events';
import { invalidInput, requireText } from '../shared/validation';

/** The longest name a SEPA credit transfer carries for a party. */
export const ACCOUNT_HOLDER_LENGTH_MAX = 70;

const IBAN_FORMAT = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;
const BIC_FORMAT = /^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/;
/** Spaces as people write IBANs on paper ("DE89 3704 0044 …"); nothing else is dropped. */
const GROUPING_SPACES = / /g;
const INPUT_LENGTH_MAX = 50;

/** Whether an IBAN (capitals, no spaces) has correct check digits: moved to the end and read as a number, it leaves 1 mod 97. */
export function hasValidIbanChecksum(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const digits = /\d/.test(character) ? character : String(character.charCodeAt(0) - 55);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

export function requireIban(value: unknown, field: string): string {
  const iban =
    typeof value === 'string' && value.length <= INPUT_LENGTH_MAX
      ? value.replace(GROUPING_SPACES, '').toUpperCase()
      : '';
  if (!IBAN_FORMAT.test(iban)) {
    throw invalidInput(
      field,
      `${field} must be an IBAN: two letters, two check digits and the account, like "DE89 3704 0044 0532 0130 00".`,
    );
  }
  if (!hasValidIbanChecksum(iban)) {
    throw invalidInput(field, `${field} ${iban} has wrong check digits; please check it for a typing error.`);
  }
  return iban;
}

export function requireBic(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  const bic =
    typeof value === 'string' && value.length <= INPUT_LENGTH_MAX
      ? value.replace(GROUPING_SPACES, '').toUpperCase()
      : '';
  if (!BIC_FORMAT.test(bic)) {
    throw invalidInput(field, `${field} must be a BIC of 8 or 11 letters and digits, like "COBADEFFXXX".`);
  }
  return bic;
}

export function requireAccount(
  value: { readonly holder: unknown; readonly iban: unknown; readonly bic: unknown },
  fields: { readonly holder: string; readonly iban: string; readonly bic: string },
): Payee {
  const iban = requireIban(value.iban, fields.iban);
  const bic = requireBic(value.bic, fields.bic);
  // A BIC names the bank's country in letters 5 and 6; a bank abroad does not keep this IBAN.
  if (bic !== null && bic.slice(4, 6) !== iban.slice(0, 2)) {
    throw invalidInput(
      fields.bic,
      `${fields.bic} ${bic} belongs to a bank in ${bic.slice(4, 6)}, the IBAN to an account in ${iban.slice(0, 2)}.`,
    );
  }
  return {
    accountHolder: requireText(value.holder, fields.holder, ACCOUNT_HOLDER_LENGTH_MAX).trim(),
    iban,
    bic,
  };
}

/** Names compared as people write them: case, spacing and the punctuation around them do not matter. */
export function isSameHolder(accountHolder: string, applicantName: string): boolean {
  return comparable(accountHolder) === comparable(applicantName);
}

function comparable(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('de-DE')
    .replace(/[\s.,]+/g, ' ')
    .trim();
}
