/**
 * The PDF uses the standard Helvetica fonts, which every PDF reader has, so nothing is embedded and
 * the file stays small and stable. Those fonts carry the Windows-1252 character set only: German text,
 * "€" and most Western European letters print as they are; any other character is written as its
 * closest unaccented letter (Yılmaz → Yilmaz), or "?" when there is none. The HTML and CSV formats
 * keep every character exactly, except control and bidirectional formatting characters, which every
 * format shows as their code points (`[U+001B]`) instead of passing them to the reader.
 */
import { makeControlsVisible } from '@fund-ledger/domain';

/** Characters above U+00FF that Windows-1252 (and so the standard fonts) can print. */
const WINDOWS_1252_EXTRAS = new Set(
  [
    0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017d, 0x017e, 0x0192, 0x02c6, 0x02dc, 0x2013, 0x2014, 0x2018,
    0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac,
    0x2122,
  ].map((code) => String.fromCharCode(code)),
);

/** Letters that do not decompose into a base letter and a mark, and typographic signs with a plain twin. */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  ı: 'i',
  İ: 'I',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  ŋ: 'n',
  '\u2212': '-',
  '\u202f': '\u00a0',
  '\u2009': ' ',
};

function isPrintable(character: string): boolean {
  const code = character.charCodeAt(0);
  return (
    (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WINDOWS_1252_EXTRAS.has(character)
  );
}

function printableCharacter(character: string): string {
  if (isPrintable(character)) return character;
  const replacement = REPLACEMENTS[character];
  if (replacement !== undefined) return replacement;
  const base = character.normalize('NFKD').replace(/\p{M}/gu, '');
  return base.length > 0 && [...base].every(isPrintable) ? base : '?';
}

/** Text the standard fonts can print; stored control and bidi formatting characters shown as code points. */
export function pdfText(stored: string): string {
  const text = makeControlsVisible(stored, { keepLineBreaks: true });
  let printable = true;
  for (let index = 0; index < text.length && printable; index += 1) printable = isPrintable(text[index]);
  return printable ? text : Array.from(text, printableCharacter).join('');
}
