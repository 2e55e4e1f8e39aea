/**
 * The ledger's one policy for text people type: names, titles, references and ids of people are
 * single-line; descriptions and reasons are multi-line. Text is kept in Unicode normal form C, so the
 * same name typed on two keyboards is the same name. No text may carry characters that act on a
 * terminal or a reader instead of being read: control characters (ESC sequences erase and forge lines
 * on an auditor's terminal, BEL rings) and bidirectional formatting characters (U+202E shows
 * "gpj.exe" as "exe.jpg"); multi-line text may break lines and indent with tabs, nothing else. A text
 * must also show something: one made only of blanks and zero-width characters names nothing.
 *
 * Events recorded before this policy may hold anything, so every renderer passes stored text through
 * `makeControlsVisible` instead of printing it raw.
 */

export type TextKind = 'single-line' | 'multi-line';

/** C0 controls, DEL and C1 controls: everything a terminal may execute. */
const CONTROL = /\p{Cc}/u;
const CONTROL_EXCEPT_LINE_FEED_AND_TAB = /[^\P{Cc}\n\t]/u;
/** Characters that change the direction text is shown in, and the line and paragraph separators. */
const BIDI_OR_SEPARATOR = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;
/** Half of a surrogate pair without its other half: not a character at all. */
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** A character a reader sees: not white space, not a control, not a format or otherwise invisible one. */
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/u;

/** The form text is stored in: Unicode normal form C. */
export function normalizeText(text: string): string {
  return text.normalize('NFC');
}

/**
 * What is wrong with a text under the policy, as the end of a sentence that starts with the field's
 * name (e.g. "must not contain control characters (U+001B)"), or undefined when nothing is.
 */
export function textProblem(text: string, kind: TextKind): string | undefined {
  if (UNPAIRED_SURROGATE.test(text))
    return 'must be well-formed Unicode text (it contains an unpaired surrogate)';
  const control = (kind === 'single-line' ? CONTROL : CONTROL_EXCEPT_LINE_FEED_AND_TAB).exec(text);
  if (control !== null) {
    const rule =
      kind === 'single-line'
        ? 'must be a single line without control characters'
        : 'may contain no control characters but line feeds and tabs';
    return `${rule} (it contains ${codePointName(control[0])})`;
  }
  const formatting = BIDI_OR_SEPARATOR.exec(text);
  if (formatting !== null) {
    return `must not contain bidirectional formatting characters or line separators (it contains ${codePointName(formatting[0])})`;
  }
  if (!VISIBLE.test(text)) return 'must contain visible characters, not only blanks or zero-width characters';
  return undefined;
}

export interface VisibleTextOptions {
  /** Keep line feeds and tabs as they are (multi-line output); otherwise they are shown too. */
  readonly keepLineBreaks?: boolean;
}

const SHOWN = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;

/**
 * Text as a renderer may print it: every control character and bidirectional formatting character
 * is replaced by its code point in brackets (`[U+001B]`), so stored text is read, never executed. The
 * brackets and letters print in every font, the PDF's standard fonts included.
 */
export function makeControlsVisible(text: string, options: VisibleTextOptions = {}): string {
  SHOWN.lastIndex = 0;
  if (!SHOWN.test(text)) return text;
  return text.replace(SHOWN, (character) =>
    options.keepLineBreaks === true && (character === '\n' || character === '\t')
      ? character
      : `[${codePointName(character)}]`,
  );
}

function codePointName(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
