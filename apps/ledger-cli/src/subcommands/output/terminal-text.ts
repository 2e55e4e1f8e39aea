import { makeControlsVisible } from '@fund-ledger/domain';

/**
 * Output for a terminal. The ledger's texts come from stored events, which may hold anything (a fund
 * named with an ESC sequence that erases a line and forges another): text output shows every control
 * and bidirectional formatting character as its code point, keeping only the line breaks the CLI
 * writes itself; a stored value placed on one line (`storedValue`) shows its line breaks too.
 */
export function terminalText(text: string): string {
  return makeControlsVisible(text, { keepLineBreaks: true });
}

export function storedValue(text: string): string {
  return makeControlsVisible(text);
}

/** Characters JSON leaves as they are but a terminal may act on: DEL, C1 controls, bidi formatting. */
const LEFT_RAW_BY_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** JSON for a terminal: the same JSON value, with those characters written as `\u` escapes. */
export function terminalJson(value: unknown): string {
  const json = JSON.stringify(value, null, 2).replace(
    LEFT_RAW_BY_JSON,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${json}\n`;
}
