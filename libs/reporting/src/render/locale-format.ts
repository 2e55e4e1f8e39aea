/**
 * Figures written for readers: German "1.234,50 €" and "31.12.2024", English "€1,234.50" and
 * "2024-12-31". Amounts are formatted from their decimal strings digit by digit, never through a
 * JavaScript number, so no amount is ever rounded on its way to the page.
 */
import { fractionOf, Money } from '@fund-ledger/domain';
import type { ReportLanguage } from './report-labels';

const NARROW_NO_BREAK_SPACE = '\u202f';
const NO_BREAK_SPACE = '\u00a0';
const MINUS = '−';

interface Separators {
  readonly thousands: string;
  readonly decimal: string;
}

const SEPARATORS: Readonly<Record<ReportLanguage, Separators>> = {
  de: { thousands: '.', decimal: ',' },
  en: { thousands: ',', decimal: '.' },
};

function splitAmount(amount: string): { negative: boolean; whole: string; cents: string } {
  const negative = amount.startsWith('-');
  const [whole = '0', cents = ''] = (negative ? amount.slice(1) : amount).split('.');
  return { negative, whole, cents: cents.padEnd(2, '0') };
}

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** An amount for reading: "1.234,50 €" (de) or "€1,234.50" (en); negatives with a true minus sign. */
export function formatReportAmount(amount: string, language: ReportLanguage): string {
  const { negative, whole, cents } = splitAmount(amount);
  const { thousands, decimal } = SEPARATORS[language];
  const number = `${groupThousands(whole, thousands)}${decimal}${cents}`;
  const sign = negative ? MINUS : '';
  return language === 'de' ? `${sign}${number}${NO_BREAK_SPACE}€` : `${sign}€${number}`;
}

/** An amount in a reconciliation: "+1.234,50 €" or "−1.234,50 €"; zero has no sign. */
export function formatSignedAmount(amount: string, language: ReportLanguage): string {
  const formatted = formatReportAmount(amount, language);
  return amount.startsWith('-') || new Money(amount).isZero() ? formatted : `+${formatted}`;
}

/** An amount for a spreadsheet cell: no grouping, the locale's decimal mark, a plain minus: "-1234,50". */
export function formatSpreadsheetAmount(amount: string, language: ReportLanguage): string {
  const { negative, whole, cents } = splitAmount(amount);
  return `${negative ? '-' : ''}${whole}${SEPARATORS[language].decimal}${cents}`;
}

export function formatCount(count: number, language: ReportLanguage): string {
  return groupThousands(String(count), SEPARATORS[language].thousands);
}

/**
 * A share given as a decimal string ("0.4998") as a percentage with two decimals: "49,98 %" / "49.98%".
 * A funder's share written as a fraction keeps its exact form before the rounded percentage: "1/3 (33,33 %)".
 */
export function formatReportShare(share: string, language: ReportLanguage): string {
  if (share.includes('/')) return `${share} (${formatReportShare(fractionDecimal(share), language)})`;
  const percent = new Money(share).times(100).toFixed(2);
  const negative = percent.startsWith('-');
  const text = `${negative ? MINUS : ''}${(negative ? percent.slice(1) : percent).replace('.', SEPARATORS[language].decimal)}`;
  return language === 'de' ? `${text}${NARROW_NO_BREAK_SPACE}%` : `${text}%`;
}

/** A calendar date or an instant's UTC date: "31.12.2024" (de) or "2024-12-31" (en). */
export function formatReportDate(dateOrInstant: string, language: ReportLanguage): string {
  const date = dateOrInstant.slice(0, 10);
  if (language === 'en') return date;
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}`;
}

/** `YYYY-MM` as "Mär 2024". */
export function formatMonth(month: string, monthNames: readonly string[]): string {
  const [year, monthNumber] = month.split('-');
  return `${monthNames[Number(monthNumber) - 1] ?? monthNumber} ${year}`;
}

function fractionDecimal(share: string): string {
  const { numerator, denominator } = fractionOf(share);
  return new Money(numerator.toString()).dividedBy(denominator.toString()).toFixed(8);
}
