/**
 * What contract harnesses use to simulate someone editing the database behind the application's back.
 */

/**
 * Changes exactly one character of a JSON text while keeping it valid JSON: the first ASCII digit
 * becomes another non-zero digit (a digit sits inside a string or a number, and a number cannot start
 * with 0, so the result still parses). Contract events always carry an amount, so there is a digit.
 */
export function alterOneDigit(jsonText: string): string {
  const index = jsonText.search(/[0-9]/);
  if (index < 0) {
    throw new Error('The stored JSON has no digit to alter');
  }
  const replacement = jsonText[index] === '1' ? '2' : '1';
  return `${jsonText.slice(0, index)}${replacement}${jsonText.slice(index + 1)}`;
}
