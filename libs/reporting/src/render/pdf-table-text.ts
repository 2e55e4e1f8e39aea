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
  widthOfString(text: string, size: number): number;
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
  /** Per font, per word: widths measured for laying out columns, without encoding what is not drawn. */
  private readonly widths = new Map<string, Map<string, number>>();

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

  /**
   * The width of the text at the writer's font size, as `encode` gives it (pdfkit's font adds the same
   * advances, kerning included); the font must be the document's current font.
   */
  width(text: string, font: string): number {
    let widths = this.widths.get(font);
    if (widths === undefined) {
      widths = new Map();
      this.widths.set(font, widths);
    }
    let width = widths.get(text);
    if (width === undefined) {
      width =
        this.fonts.get(font)?.get(text)?.width ?? this.internals._font.widthOfString(text, this.fontSize);
      widths.set(text, width);
    }
    return width;
  }

  /**
   * Writes the lines as one text object in the document's current font (the one they were encoded in,
   * at the writer's font size) and fill colour.
   */
  write(lines: readonly PlacedText[]): void {
    const operators = this.showOperators(lines);
    if (operators !== '') this.doc.addContent(`${this.beginOperators()}${operators}\nET\nQ`);
  }

  /**
   * Writes the cells of a table row as one text object, the lines of cell `index` written inside
   * `mark(index, write)`: that is where each cell's tags (marked content) go, within the text object,
   * as PDF allows.
   */
  writeCells(
    cells: readonly (readonly PlacedText[])[],
    mark: (index: number, write: () => void) => void,
  ): void {
    this.doc.addContent(this.beginOperators());
    cells.forEach((lines, index) =>
      mark(index, () => {
        const operators = this.showOperators(lines);
        if (operators !== '') this.doc.addContent(operators.slice(1));
      }),
    );
    this.doc.addContent('ET\nQ');
  }

  private beginOperators(): string {
    const { _font: pdfFont, page } = this.internals;
    page.fonts[pdfFont.id] ??= pdfFont.ref();
    return `q\n1 0 0 -1 0 ${pdfNumber(page.height)} cm\nBT\n/${pdfFont.id} ${pdfNumber(this.fontSize)} Tf`;
  }

  /** The operators that place and show the lines, each line starting with a line feed; empty lines left out. */
  private showOperators(lines: readonly PlacedText[]): string {
    const { _font: pdfFont, page } = this.internals;
    const baseline = (pdfFont.ascender / 1000) * this.fontSize;
    let operators = '';
    for (const { text, x, y } of lines) {
      if (text.text.length === 0) continue;
      operators += `\n1 0 0 1 ${pdfNumber(x)} ${pdfNumber(page.height - y - baseline)} Tm\n${text.operator}`;
    }
    return operators;
  }
}
