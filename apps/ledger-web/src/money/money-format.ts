/**
 * Amounts as people read and type them: German `1.234,50 €`, English `€1,234.50`. The API's amounts
 * are decimal strings ("1234.50"); they are formatted and parsed with decimal.js, never through a
 * JavaScript number, so no cent is ever lost to binary floating point.
 */
import Decimal from 'decimal.js';
import { AMOUNT_MAX } from '../../../../libs/domain/src/money/money';
import { fractionOf } from '../../../../libs/domain/src/money/share';
import type { Language } from '../i18n/language';

/** The minus sign proper (U+2212): read as "minus" by screen readers and as wide as the digits. */
const MINUS = '\u2212';

interface Separators {
  readonly group: string;
  readonly decimal: string;
}

const SEPARATORS: Readonly<Record<Language, Separators>> = {
  de: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** The digits of an amount with grouping and two decimals, without the currency: `1.234,50`. */
export function formatAmountNumber(amount: string, language: Language): string {
  const value = new Decimal(amount);
  const [whole = '0', cents = '00'] = value.abs().toFixed(2).split('.');
  const { group, decimal } = SEPARATORS[language];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${value.isNegative() && !value.isZero() ? MINUS : ''}${grouped}${decimal}${cents}`;
}

/** An amount in euros the way the language writes it: `1.234,50 €` or `€1,234.50`. */
export function formatMoney(amount: string, language: Language): string {
  const number = formatAmountNumber(amount, language);
  if (language === 'de') return `${number}\u00a0€`;
  return number.startsWith(MINUS) ? `${MINUS}€${number.slice(1)}` : `€${number}`;
}

export type ParsedAmount =
  | { readonly ok: true; readonly amount: string }
  | { readonly ok: false; readonly problem: 'empty' | 'format' | 'decimals' | 'not-positive' | 'too-large' };

/**
 * Reads an amount as typed: German `1234,50` or `1.234,50` (groups of three after the first dot),
 * English `1234.50` or `1,234.50`; a trailing `€` and spaces are ignored. Answers the API's decimal
 * string, or why the text is not an amount.
 */
export function parseMoneyInput(
  text: string,
  language: Language,
  options: { allowZero?: boolean } = {},
): ParsedAmount {
  const compact = text
    .replace(/[\s\u00a0]/g, '')
    .replace(/€$/, '')
    .replace(/^€/, '');
  if (compact === '') return { ok: false, problem: 'empty' };
  const { group, decimal } = SEPARATORS[language];
  const pattern = new RegExp(`^(\\d{1,3}(?:${escape(group)}\\d{3})+|\\d+)(?:${escape(decimal)}(\\d+))?$`);
  const match = pattern.exec(compact);
  if (match === null) return { ok: false, problem: 'format' };
  const whole = (match[1] ?? '').split(group).join('');
  const fraction = match[2] ?? '';
  if (fraction.length > 2) return { ok: false, problem: 'decimals' };
  const value = new Decimal(fraction === '' ? whole : `${whole}.${fraction}`);
  if (value.isZero() ? !options.allowZero : value.isNegative()) return { ok: false, problem: 'not-positive' };
  if (value.greaterThan(AMOUNT_MAX)) return { ok: false, problem: 'too-large' };
  return { ok: true, amount: value.toFixed(2) };
}

/** A share such as "0.4800" as a percentage: `48,00 %` or `48.00%`; a fraction keeps its exact form first: `1/3 (33,33 %)`. */
export function formatShare(share: string, language: Language): string {
  if (share.includes('/')) {
    const { numerator, denominator } = fractionOf(share);
    const value = new Decimal(numerator.toString()).dividedBy(denominator.toString()).toFixed(8);
    return `${share} (${formatShare(value, language)})`;
  }
  const percent = new Decimal(share).times(100).toFixed(2);
  const text = language === 'de' ? percent.replace('.', ',') : percent;
  return language === 'de' ? `${text}\u00a0%` : `${text}%`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
