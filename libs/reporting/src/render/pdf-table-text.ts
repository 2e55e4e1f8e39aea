/**
 * Table text and the running header and footer of the PDF, written without pdfkit's per-call text
 * machinery. A report of a very busy fund has tens of thousands of table cells, and pdfkit spends 10 to
 * 20 µs on every `text()` call (options, state saves, transforms, encoding) however short the text.
 * Here each distinct string is encoded once per font (glyph codes, kerning and width, by pdfkit's own
 * font object), and each table row is written as one text object that positions its lines with text
 * matrices. The operators are the ones pdfkit writes for a single line of text at the top baseline, so
 * the page looks and reads the same.
 *
 * This uses two things pdfkit does not document: the document's current font object (`_font`, with its
 * `id`, `ref()` and `encode()`) and the page's font resources (`page.fonts`). The PDF tests read the
 * text back from the content streams, and a test compares a line written here with one written by
 * `doc.text()`.
 */

type Doc = PDFKit.PDFDocument;

interface GlyphPosition {
  readonly xAdvance: number;
  readonly advanceWidth: number;
}

interface PdfkitFont {
  readonly id: string;
  readonly ascender: number;
  ref(): unknown;
  encode(text: string): [string[], GlyphPosition[]];
}

interface PdfkitInternals {
  readonly _font: PdfkitFont;
  readonly page: { readonly height: number; readonly fonts: Record<string, unknown> };
}

/** One encoded string: the text, its width at the writer's font size and its `TJ` operator. */
export interface EncodedText {
  readonly text: string;
  readonly width: number;
  readonly operator: string;
}

/** An encoded line placed in the page's coordinates (origin top left, y down to the line's top). */
export interface PlacedText {
  readonly text: EncodedText;
  readonly x: number;
  readonly y: number;
}

/** pdfkit's number format for content streams: at most six decimals. */
function pdfNumber(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** The `TJ` operator pdfkit writes for these glyphs: kerning adjustments split the string. */
function showTextOperator(encoded: readonly string[], positions: readonly GlyphPosition[]): string {
  const parts: string[] = [];
  let last = 0;
  const segment = (end: number) => {
    if (last < end) {
      const position = positions[end - 1];
      parts.push(
        `<${encoded.slice(last, end).join('')}> ${pdfNumber(-(position.xAdvance - position.advanceWidth))}`,
      );
    }
    last = end;
  };
  positions.forEach((position, index) => {
    if (position.xAdvance - position.advanceWidth !== 0) segment(index + 1);
  });
  segment(positions.length);
  return `[${parts.join(' ')}] TJ`;
}

export class PdfTableText {
  /** Per font, per text: the table cells repeat the same strings thousands of times. */
  private readonly fonts = new Map<string, Map<string, EncodedText>>();

  constructor(
    private readonly doc: Doc,
    private readonly fontSize: number,
  ) {}

  private get internals(): PdfkitInternals {
    return this.doc as unknown as PdfkitInternals;
  }

  /** The text encoded in the given font, which must be the document's current font. */
  encode(text: string, font: string): EncodedText {
    let encodings = this.fonts.get(font);
    if (encodings === undefined) {
      encodings = new Map();
      this.fonts.set(font, encodings);
    }
    let encoding = encodings.get(text);
    if (encoding === undefined) {
      encoding = this.encoded(text);
      encodings.set(text, encoding);
    }
    return encoding;
  }

  /**
   * The width as `doc.widthOfString` gives it (the glyphs' advances with kerning, at the font size) and
   * the operator as `doc.text` writes it, which drops line breaks from a line's text.
   */
  private encoded(text: string): EncodedText {
    const [encoded, positions] = this.internals._font.encode(text);
    let advance = 0;
    for (const position of positions) advance += position.xAdvance;
    const operator = text.includes('\n')
      ? showTextOperator(...this.internals._font.encode(text.replace(/\n/g, '')))
      : showTextOperator(encoded, positions);
    return { text, width: advance * (this.fontSize / 1000), operator };
  }

  /** The width of the text at the writer's font size; the font must be the document's current font. */
  width(text: string, font: string): number {
    return this.encode(text, font).width;
  }

  /**
   * Writes the lines as one text object in the document's current font (the one they were encoded in,
   * at the writer's font size) and fill colour.
   */
  write(lines: readonly PlacedText[]): void {
    const { _font: pdfFont, page } = this.internals;
    page.fonts[pdfFont.id] ??= pdfFont.ref();
    const baseline = (pdfFont.ascender / 1000) * this.fontSize;
    let operators = `q\n1 0 0 -1 0 ${pdfNumber(page.height)} cm\nBT\n/${pdfFont.id} ${pdfNumber(this.fontSize)} Tf`;
    let written = 0;
    for (const { text, x, y } of lines) {
      if (text.text.length === 0) continue;
      operators += `\n1 0 0 1 ${pdfNumber(x)} ${pdfNumber(page.height - y - baseline)} Tm\n${text.operator}`;
      written += 1;
    }
    if (written > 0) this.doc.addContent(`${operators}\nET\nQ`);
  }
}
