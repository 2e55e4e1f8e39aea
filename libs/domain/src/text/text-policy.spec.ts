/**
 * Goal: the text policy refuses exactly what acts on a terminal or a reader (control characters,
 * bidirectional formatting, text that shows nothing), allows line feeds and tabs in multi-line text
 * only, and the visible form of stored text never contains a character a terminal executes.
 */
import fc from 'fast-check';
import { makeControlsVisible, normalizeText, textProblem } from './text-policy';

describe('textProblem', () => {
  it.each(['Klaviere in der City', 'Dr. Aylin Yılmaz', 'שלום', 'مرحبا', '👩‍👩‍👧 Familie', 'Zürich'])(
    'accepts the ordinary text %p on one line and on several',
    (text) => {
      expect(textProblem(text, 'single-line')).toBeUndefined();
      expect(textProblem(text, 'multi-line')).toBeUndefined();
    },
  );

  it('allows line feeds and tabs in multi-line text only', () => {
    expect(textProblem('a\n\tb', 'multi-line')).toBeUndefined();
    expect(textProblem('a\nb', 'single-line')).toMatch(/U\+000A/);
    expect(textProblem('a\tb', 'single-line')).toMatch(/U\+0009/);
  });

  it.each([
    ['ESC', '\u001b[2K'],
    ['BEL', '\u0007'],
    ['CR', '\r'],
    ['NUL', '\u0000'],
    ['DEL', '\u007f'],
    ['C1 NEL', '\u0085'],
    ['C1 CSI', '\u009b'],
  ])('refuses the control character %s in both kinds', (_name, control) => {
    expect(textProblem(`a${control}b`, 'single-line')).toMatch(/control characters/);
    expect(textProblem(`a${control}b`, 'multi-line')).toMatch(/control characters/);
  });

  it.each([
    '\u202e',
    '\u202a',
    '\u202d',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    '\u200e',
    '\u200f',
    '\u061c',
    '\u2028',
    '\u2029',
  ])('refuses the formatting character U+%s', (character) => {
    expect(textProblem(`x${character}y`, 'multi-line')).toMatch(/bidirectional formatting/);
  });

  it.each(['', ' ', '\u200b', '\u200b\u200c\u200d\u2060\ufeff', '\u00a0\u3000\u3164', '\u00ad'])(
    'refuses %p, which shows nothing',
    (text) => {
      expect(textProblem(text, 'single-line')).toMatch(/visible characters/);
    },
  );

  it('refuses an unpaired surrogate', () => {
    expect(textProblem('a\ud800', 'single-line')).toMatch(/unpaired surrogate/);
  });

  it('keeps text in normal form C', () => {
    expect(normalizeText('Mu\u0308ller')).toBe('Müller');
  });
});

describe('makeControlsVisible', () => {
  it('shows a forged terminal line as text', () => {
    expect(makeControlsVisible('Harmless\u001b[2K\r\u001b[1AFAKE LINE')).toBe(
      'Harmless[U+001B][2K[U+000D][U+001B][1AFAKE LINE',
    );
  });

  it('shows bidirectional overrides and keeps line breaks only when asked', () => {
    expect(makeControlsVisible('invoice\u202efdp.exe')).toBe('invoice[U+202E]fdp.exe');
    expect(makeControlsVisible('a\n\tb', { keepLineBreaks: true })).toBe('a\n\tb');
    expect(makeControlsVisible('a\n\tb')).toBe('a[U+000A][U+0009]b');
  });

  it('returns ordinary text unchanged', () => {
    expect(makeControlsVisible('Klaviere für die City')).toBe('Klaviere für die City');
  });

  it('never leaves a character a terminal or a reader would act on', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const visible = makeControlsVisible(text);
        expect(visible).not.toMatch(/[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u);
        expect(textProblem(`${visible}x`, 'single-line') ?? '').not.toMatch(/control|bidirectional/);
      }),
    );
  });
});
