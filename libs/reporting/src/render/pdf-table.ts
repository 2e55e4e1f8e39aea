/**
 * Tables in the PDF: column widths that keep every word of every cell whole, rows broken across pages
 * with the header row repeated, and the rules a reader expects of a printed table: a title and a header
 * row never stand alone at the foot of a page, a totals row never starts a page alone, a short table is
 * not split at all. Each table is tagged as a Table with a header row (TH, scope Column), row headers
 * (TH, scope Row) and data cells (TD); a header repeated on a later page is an artifact.
 */
import { PdfTableText, type EncodedText, type PlacedText } from './pdf-table-text';
import type { PdfTags } from './pdf-tags';
import type { Cell, TableBlock } from './report-document.blocks';

type Doc = PDFKit.PDFDocument;
type StructureElement = PDFKit.PDFStructureElement;

export const FONT = 'Helvetica';
export const BOLD = 'Helvetica-Bold';
export const TEXT_COLOR = '#2b2f33';
export const MUTED = '#5b6168';
const TABLE_FONT_SIZE = 7.5;
const CELL_PADDING = 3;
const HEADER_FILL = '#eef2f7';
const TOTALS_FILL = '#f8f9fa';
const RULE_LIGHT = '#e1e4e8';
const TITLE_SIZE = 9;
const TITLE_GAP = 3;
const NOTE_SIZE = 7;
/** A table no taller than this share of a page is never split across pages. */
const UNSPLIT_SHARE_OF_PAGE = 0.4;
/** A table of a label and one amount is read across; spanning the whole page would set them far apart. */
const NARROW_TABLE_SHARE = 0.62;

/** The frame a table is drawn in: the page's left margin, the text width, and where the page ends. */
export interface TableFrame {
  readonly left: number;
  readonly width: number;
  readonly bottom: () => number;
  readonly pageBodyHeight: number;
}

interface RowLayout {
  readonly lines: readonly (readonly EncodedText[])[];
  readonly height: number;
  readonly font: string;
}

/**
 * Measures and wraps table text. pdfkit's own line wrapper is general and slow; a report of a very busy
 * fund has tens of thousands of cells, most of them one short line, so widths come from the table text's
 * cache and a cell is broken into lines here, at spaces only: the columns are made wide enough for the
 * longest word. Only a word wider than the whole text width, which no real report has, is cut.
 */
export class TextMeasure {
  constructor(readonly text: PdfTableText) {}

  /** The width of the text at the table font size; `font` must be the document's current font. */
  width(text: string, font: string): number {
    return this.text.width(text, font);
  }

  /** The width of the text's widest word. */
  widestWord(text: string, font: string): number {
    let widest = 0;
    for (const word of text.split(' ')) widest = Math.max(widest, this.width(word, font));
    return widest;
  }

  /** The cell's lines, encoded in the current font. */
  wrap(text: string, width: number, font: string): EncodedText[] {
    const whole = this.text.encode(text, font);
    if (whole.width <= width) return [whole];
    return this.wrappedLines(text, width, font).map((line) => this.text.encode(line, font));
  }

  private wrappedLines(text: string, width: number, font: string): string[] {
    const lines: string[] = [];
    const space = this.width(' ', font);
    let line = '';
    let lineWidth = 0;
    for (const word of text.split(' ')) {
      const wordWidth = this.width(word, font);
      if (line !== '' && lineWidth + space + wordWidth <= width) {
        line = `${line} ${word}`;
        lineWidth += space + wordWidth;
        continue;
      }
      if (line !== '') lines.push(line);
      [line, lineWidth] = this.cutWiderThan(word, width, font, lines);
    }
    if (line !== '') lines.push(line);
    return lines;
  }

  /** Pushes the full-width pieces of a word wider than the cell; returns the rest and its width. */
  private cutWiderThan(word: string, width: number, font: string, lines: string[]): [string, number] {
    let rest = word;
    while (rest.length > 1 && this.width(rest, font) > width) {
      let cut = rest.length - 1;
      while (cut > 1 && this.width(rest.slice(0, cut), font) > width) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    return [rest, this.width(rest, font)];
  }
}

/**
 * Column widths: each column gets its share of the width by weight, but never less than its widest
 * word (and padding); what the narrow columns need is taken from the others in proportion to what they
 * can spare. Only where the widest words of all columns together are wider than the table are the
 * widths cut back by weight, and the widest words cut.
 */
export function columnWidths(
  weights: readonly number[],
  minimums: readonly number[],
  width: number,
): number[] {
  const needed = minimums.reduce((total, minimum) => total + minimum, 0);
  if (needed >= width) {
    const weightTotal = weights.reduce((total, weight) => total + weight, 0);
    return weights.map((weight) => (width * weight) / weightTotal);
  }
  const widths = [...minimums];
  let fixed = widths.map(() => false);
  for (;;) {
    const free = widths.map((_, index) => index).filter((index) => !fixed[index]);
    const freeWidth =
      width - widths.reduce((total, columnWidth, index) => total + (fixed[index] ? columnWidth : 0), 0);
    const freeWeight = free.reduce((total, index) => total + weights[index], 0);
    const tooNarrow = free.filter((index) => (freeWidth * weights[index]) / freeWeight < minimums[index]);
    if (tooNarrow.length === 0) {
      for (const index of free) widths[index] = (freeWidth * weights[index]) / freeWeight;
      return widths;
    }
    fixed = fixed.map((isFixed, index) => isFixed || tooNarrow.includes(index));
  }
}

/** Draws one table, breaking it across pages and repeating the column headers on each. */
export class PdfTable {
  private readonly widths: number[];
  /** The width the table's rows span: the text width, or less for a table of two columns. */
  private readonly tableWidth: number;
  private readonly lineHeight: number;
  private readonly header: RowLayout;
  private readonly rows: readonly RowLayout[];
  private readonly totals: RowLayout | null;

  constructor(
    private readonly doc: Doc,
    private readonly block: TableBlock,
    private readonly frame: TableFrame,
    private readonly format: (cell: Cell) => string,
    private readonly measure: TextMeasure,
    private readonly tags: PdfTags,
  ) {
    const headerTexts = block.columns.map((column) => format(column.label));
    const rowTexts = block.rows.map((cells) => cells.map(format));
    const totalsTexts = block.totals?.map(format) ?? null;
    this.tableWidth = block.columns.length <= 2 ? frame.width * NARROW_TABLE_SHARE : frame.width;
    this.widths = this.widthsFor(headerTexts, rowTexts, totalsTexts);
    this.lineHeight = doc.font(FONT).fontSize(TABLE_FONT_SIZE).currentLineHeight(true);
    this.header = this.layout(headerTexts, BOLD);
    this.rows = rowTexts.map((texts, index) =>
      this.layout(texts, block.emphasised.includes(index) ? BOLD : FONT),
    );
    this.totals = totalsTexts === null ? null : this.layout(totalsTexts, BOLD);
  }

  /**
   * How much of the table must stand on the page it starts on: all of a short table, else its title,
   * header and first row (with the totals and notes, when that row is the last).
   */
  leadHeight(): number {
    const whole = this.titleHeight() + this.header.height + this.bodyHeight() + this.notesHeight();
    if (whole <= this.frame.pageBodyHeight * UNSPLIT_SHARE_OF_PAGE) return whole;
    const first = this.rows[0]?.height ?? this.emptyHeight();
    return this.titleHeight() + this.header.height + first + this.keptWithLastRow(0);
  }

  draw(parent: StructureElement): void {
    const { doc, block } = this;
    this.ensureSpace(this.leadHeight());
    if (block.title !== null) this.title(parent, block.title);
    if (block.rows.length === 0) {
      this.tags.content(parent, 'P', () =>
        doc
          .font(FONT)
          .fontSize(8.5)
          .fillColor(MUTED)
          .text(this.format(block.emptyText), this.frame.left, doc.y, { oblique: true }),
      );
      doc.moveDown(0.6);
      this.notes(parent);
      return;
    }
    const table = this.tags.group(parent, 'Table');
    const head = this.tags.group(table, 'THead');
    this.row(head, this.header, { header: true, fill: HEADER_FILL });
    head.end();
    const body = this.tags.group(table, 'TBody');
    this.rows.forEach((row, index) => {
      if (doc.y + row.height + this.keptWithLastRow(index) > this.frame.bottom()) {
        doc.addPage();
        this.tags.artifact(() => this.drawRow(this.header, HEADER_FILL), 'Pagination');
      }
      this.row(body, row, {});
    });
    body.end();
    if (this.totals !== null) {
      const foot = this.tags.group(table, 'TFoot');
      this.row(foot, this.totals, { fill: TOTALS_FILL });
      foot.end();
    }
    table.end();
    doc.x = this.frame.left;
    doc.y += 4;
    this.notes(parent);
    doc.y += 6;
  }

  private widthsFor(
    header: readonly string[],
    rows: readonly (readonly string[])[],
    totals: readonly string[] | null,
  ): number[] {
    const { doc, measure, block } = this;
    const minimums = block.columns.map(() => 0);
    const widen = (texts: readonly string[], font: string) => {
      doc.font(font).fontSize(TABLE_FONT_SIZE);
      texts.forEach((text, index) => {
        minimums[index] = Math.max(minimums[index], measure.widestWord(text, font) + 2 * CELL_PADDING + 0.5);
      });
    };
    widen(header, BOLD);
    rows.forEach((texts, index) => widen(texts, block.emphasised.includes(index) ? BOLD : FONT));
    if (totals !== null) widen(totals, BOLD);
    return columnWidths(
      block.columns.map((column) => column.weight),
      minimums,
      this.tableWidth,
    );
  }

  private layout(texts: readonly string[], font: string): RowLayout {
    this.doc.font(font).fontSize(TABLE_FONT_SIZE);
    const lines = texts.map((text, index) =>
      this.measure.wrap(text, this.widths[index] - 2 * CELL_PADDING, font),
    );
    const lineCount = Math.max(1, ...lines.map((cellLines) => cellLines.length));
    return { lines, height: lineCount * this.lineHeight + 2 * CELL_PADDING, font };
  }

  /** What must follow row `index` on its page: the totals row (and the notes) follow the last row. */
  private keptWithLastRow(index: number): number {
    if (index !== this.rows.length - 1) return 0;
    return (this.totals?.height ?? 0) + this.notesHeight();
  }

  private bodyHeight(): number {
    if (this.rows.length === 0) return this.emptyHeight();
    return this.rows.reduce((total, row) => total + row.height, 0) + (this.totals?.height ?? 0) + 4;
  }

  private emptyHeight(): number {
    return this.doc.font(FONT).fontSize(8.5).currentLineHeight(true) * 1.6;
  }

  private titleHeight(): number {
    if (this.block.title === null) return 0;
    const title = this.format(this.block.title);
    return (
      this.doc.font(BOLD).fontSize(TITLE_SIZE).heightOfString(title, { width: this.frame.width }) +
      4 +
      TITLE_GAP
    );
  }

  private notesHeight(): number {
    const { doc } = this;
    doc.font(FONT).fontSize(NOTE_SIZE);
    return this.block.notes.reduce(
      (total, note) =>
        total + doc.heightOfString(this.format(note), { width: this.frame.width, lineGap: 1 }) + 1,
      0,
    );
  }

  private ensureSpace(height: number): void {
    if (this.doc.y + height > this.frame.bottom()) this.doc.addPage();
  }

  private title(parent: StructureElement, title: string): void {
    const { doc } = this;
    this.tags.content(parent, 'H3', () =>
      doc
        .font(BOLD)
        .fontSize(TITLE_SIZE)
        .fillColor(TEXT_COLOR)
        .text(this.format(title), this.frame.left, doc.y + 4, { width: this.frame.width }),
    );
    doc.y += TITLE_GAP;
  }

  private notes(parent: StructureElement): void {
    const { doc } = this;
    for (const note of this.block.notes) {
      this.tags.content(parent, 'P', () =>
        doc
          .font(FONT)
          .fontSize(NOTE_SIZE)
          .fillColor(MUTED)
          .text(this.format(note), this.frame.left, doc.y, { width: this.frame.width, lineGap: 1 }),
      );
      doc.y += 1;
    }
    doc.x = this.frame.left;
  }

  /** One row, tagged: a TR of TH (the header row, and each row's first cell) and TD cells. */
  private row(parent: StructureElement, row: RowLayout, options: { header?: boolean; fill?: string }): void {
    const top = this.doc.y;
    if (options.fill !== undefined)
      this.tags.artifact(() => this.fillRow(top, row.height, options.fill as string));
    const tableRow = this.tags.group(parent, 'TR');
    this.doc.font(row.font).fontSize(TABLE_FONT_SIZE).fillColor(TEXT_COLOR);
    this.measure.text.writeCells(this.placed(row, top), (index, write) => {
      const header = options.header === true || index === 0;
      this.tags.content(
        tableRow,
        header ? 'TH' : 'TD',
        write,
        header ? { scope: options.header === true ? 'Column' : 'Row' } : {},
      );
    });
    tableRow.end();
    this.tags.artifact(() => this.rule(top + row.height));
    this.doc.y = top + row.height;
  }

  /** A row drawn without tags, for the header repeated on a later page. */
  private drawRow(row: RowLayout, fill: string): void {
    const top = this.doc.y;
    this.fillRow(top, row.height, fill);
    this.doc.font(row.font).fontSize(TABLE_FONT_SIZE).fillColor(TEXT_COLOR);
    this.measure.text.write(this.placed(row, top).flat());
    this.rule(top + row.height);
    this.doc.y = top + row.height;
  }

  private fillRow(top: number, height: number, fill: string): void {
    this.doc.rect(this.frame.left, top, this.tableWidth, height).fill(fill);
  }

  /** Each cell's lines placed in the row: left-aligned, or right-aligned in a column of figures. */
  private placed(row: RowLayout, top: number): PlacedText[][] {
    let left = this.frame.left;
    return row.lines.map((cellLines, index) => {
      const cellLeft = left;
      left += this.widths[index];
      const right = this.block.columns[index]?.align === 'right';
      return cellLines.map((line, lineIndex) => ({
        text: line,
        x: right ? cellLeft + this.widths[index] - CELL_PADDING - line.width : cellLeft + CELL_PADDING,
        y: top + CELL_PADDING + lineIndex * this.lineHeight,
      }));
    });
  }

  private rule(y: number): void {
    const { doc, frame } = this;
    doc
      .moveTo(frame.left, y)
      .lineTo(frame.left + this.tableWidth, y)
      .lineWidth(0.4)
      .strokeColor(RULE_LIGHT)
      .stroke();
  }
}

/** A table text writer at the table font size. */
export function tableText(doc: Doc): PdfTableText {
  return new PdfTableText(doc, TABLE_FONT_SIZE);
}
