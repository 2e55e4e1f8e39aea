/**
 * The report as an A4 PDF (pdfkit) with the same content as the HTML: a title block, the header facts,
 * then each section's facts, tables (header repeated on every page a table continues on) and charts.
 * Every page gets a running header (report, fund, period) and a footer (digest, position, "page x of
 * n"). The creation date comes from the report, so the same report gives the same file.
 */
import PDFDocument from 'pdfkit';
import { capFigure, moneyInFigure, type ChartFigure } from './chart-figures';
import { PdfTableText, type EncodedText, type PlacedText } from './pdf-table-text';
import { pdfText } from './pdf-text';
import {
  displayText,
  type Block,
  type Cell,
  type FactsBlock,
  type ReportDocument,
  type TableBlock,
} from './report-document.blocks';

export interface PdfOptions {
  /** Deflate the page contents (default true); tests switch it off to read the text. */
  readonly compress?: boolean;
}

const MARGIN = { top: 64, bottom: 58, left: 42, right: 42 } as const;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const MONO = 'Courier';
const TEXT_COLOR = '#2b2f33';
const MUTED = '#5b6168';
const RULE = '#c9ced4';
const TABLE_FONT_SIZE = 7.5;
const CELL_PADDING = 3;
const HEADER_FILL = '#eef2f7';
const TOTALS_FILL = '#f8f9fa';
const RULE_LIGHT = '#e1e4e8';

type Doc = PDFKit.PDFDocument;

export function renderReportPdf(document: ReportDocument, options: PdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    compress: options.compress ?? true,
    lang: document.language,
    info: {
      Title: pdfText(`${document.title}: ${document.fundName}, ${document.periodText}`),
      Author: 'fund-ledger',
      Subject: pdfText(document.footerText),
      CreationDate: new Date(document.createdAt),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  new PdfWriter(doc, document).write();
  doc.end();
  return finished;
}

class PdfWriter {
  private readonly width: number;
  private readonly measure: TextMeasure;

  constructor(
    private readonly doc: Doc,
    private readonly document: ReportDocument,
  ) {
    this.width = doc.page.width - MARGIN.left - MARGIN.right;
    this.measure = new TextMeasure(new PdfTableText(doc, TABLE_FONT_SIZE));
  }

  write(): void {
    this.titleBlock();
    this.facts(this.document.header);
    for (const section of this.document.sections) {
      this.sectionTitle(section.title);
      for (const block of section.blocks) this.block(block);
    }
    this.pageFrames();
  }

  private get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }

  private ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  private text(value: string): string {
    return pdfText(value);
  }

  private titleBlock(): void {
    const { doc, document } = this;
    doc
      .fillColor(MUTED)
      .font(FONT)
      .fontSize(9)
      .text(this.text(document.title.toUpperCase()), { characterSpacing: 0.6 });
    doc.moveDown(0.2).fillColor(TEXT_COLOR).font(BOLD).fontSize(18).text(this.text(document.fundName));
    doc.moveDown(0.1).font(FONT).fontSize(11).text(this.text(document.periodText));
    const y = doc.y + 6;
    doc
      .moveTo(MARGIN.left, y)
      .lineTo(MARGIN.left + this.width, y)
      .lineWidth(2)
      .strokeColor('#1f5fa8')
      .stroke();
    doc.y = y + 10;
  }

  private sectionTitle(title: string): void {
    const { doc } = this;
    this.ensureSpace(60);
    doc.moveDown(0.8).fillColor(TEXT_COLOR).font(BOLD).fontSize(12).text(this.text(title), MARGIN.left);
    const y = doc.y + 2;
    doc
      .moveTo(MARGIN.left, y)
      .lineTo(MARGIN.left + this.width, y)
      .lineWidth(0.6)
      .strokeColor(RULE)
      .stroke();
    doc.y = y + 6;
  }

  private block(block: Block): void {
    switch (block.kind) {
      case 'facts':
        return this.facts(block);
      case 'table':
        return this.table(block);
      case 'paragraph':
        return this.paragraph(block.text);
      case 'commands':
        return this.commands(block.lines);
      case 'money-in-chart':
        return this.chart(moneyInFigure(block, this.document.language));
      case 'cap-chart':
        return this.chart(capFigure(block, this.document.language));
    }
  }

  private cellText(cell: Cell): string {
    return this.text(displayText(cell, this.document.language));
  }

  private facts(block: FactsBlock): void {
    const { doc } = this;
    const labelWidth = this.width * 0.37;
    const valueWidth = this.width - labelWidth - 8;
    doc.fontSize(8.5);
    for (const [label, value] of block.rows) {
      const labelText = this.text(label);
      const valueText = this.cellText(value);
      const height = Math.max(
        doc.font(FONT).heightOfString(labelText, { width: labelWidth }),
        doc.font(FONT).heightOfString(valueText, { width: valueWidth }),
      );
      this.ensureSpace(height + 3);
      const y = doc.y;
      doc.fillColor(MUTED).text(labelText, MARGIN.left, y, { width: labelWidth });
      doc.fillColor(TEXT_COLOR).text(valueText, MARGIN.left + labelWidth + 8, y, { width: valueWidth });
      doc.y = y + height + 3;
    }
    doc.x = MARGIN.left;
    doc.moveDown(0.4);
  }

  private paragraph(text: string): void {
    const { doc } = this;
    doc.font(FONT).fontSize(8.5).fillColor(TEXT_COLOR);
    this.ensureSpace(doc.heightOfString(this.text(text), { width: this.width }) + 6);
    doc.text(this.text(text), MARGIN.left, doc.y, { width: this.width, lineGap: 1.5 });
    doc.moveDown(0.5);
  }

  private commands(lines: readonly string[]): void {
    const { doc } = this;
    const height = lines.length * 11 + 10;
    this.ensureSpace(height + 6);
    const y = doc.y;
    doc.rect(MARGIN.left, y, this.width, height).fill('#f1f3f5');
    doc.fillColor(TEXT_COLOR).font(MONO).fontSize(8);
    lines.forEach((line, index) =>
      doc.text(this.text(line), MARGIN.left + 8, y + 6 + index * 11, { lineBreak: false }),
    );
    doc.y = y + height + 8;
    doc.x = MARGIN.left;
  }

  private table(block: TableBlock): void {
    const format = (cell: Cell) => this.cellText(cell);
    new PdfTable(this.doc, block, this.width, format, () => this.bottom, this.measure).draw(
      block.title === null ? null : this.text(block.title),
      this.text(block.emptyText),
    );
  }

  private chart(figure: ChartFigure): void {
    const { doc } = this;
    const scale = this.width / figure.width;
    this.ensureSpace(figure.height * scale + 24);
    doc.font(BOLD).fontSize(9).fillColor(TEXT_COLOR).text(this.text(figure.title), MARGIN.left, doc.y);
    const top = doc.y + 4;
    drawFigure(doc, figure, MARGIN.left, top, scale);
    doc.y = top + figure.height * scale + 8;
    doc.x = MARGIN.left;
  }

  /**
   * Running header and footer on every page, drawn last so the footer can say "page x of n". The lines
   * are the same on hundreds of pages, so they are encoded once and written directly; a header or footer
   * too long for its box goes through pdfkit, which shortens it.
   */
  private pageFrames(): void {
    const { doc, document } = this;
    const range = doc.bufferedPageRange();
    const headerText = new PdfTableText(doc, 7.5);
    const footerText = new PdfTableText(doc, 7);
    const headerLeft = this.text(`${document.title} · ${document.fundName}`);
    const footerLeft = this.text(document.footerText);
    const period = this.text(document.periodText);
    for (let index = range.start; index < range.start + range.count; index += 1) {
      doc.switchToPage(index);
      doc.page.margins.bottom = 0;
      const right = MARGIN.left + this.width;
      doc.font(FONT).fontSize(7.5).fillColor(MUTED);
      this.frameLine(headerText, headerLeft, 30, { width: this.width * 0.7, ellipsis: true });
      this.rightAligned(headerText, period, right, 30);
      doc.moveTo(MARGIN.left, 42).lineTo(right, 42).lineWidth(0.5).strokeColor(RULE).stroke();
      const footerY = doc.page.height - 38;
      doc
        .moveTo(MARGIN.left, footerY - 6)
        .lineTo(right, footerY - 6)
        .lineWidth(0.5)
        .strokeColor(RULE)
        .stroke();
      doc.font(FONT).fontSize(7).fillColor(MUTED);
      this.frameLine(footerText, footerLeft, footerY, { width: this.width * 0.75 });
      this.rightAligned(footerText, this.text(document.labels.page(index + 1, range.count)), right, footerY);
    }
  }

  /** One line at the left margin, in the current font and size, within a box of the given width. */
  private frameLine(
    writer: PdfTableText,
    text: string,
    y: number,
    box: { readonly width: number; readonly ellipsis?: boolean },
  ): void {
    const encoded = writer.encode(text, FONT);
    if (encoded.width < box.width - 1) writer.write([{ text: encoded, x: MARGIN.left, y }]);
    else this.doc.text(text, MARGIN.left, y, { ...box, lineBreak: false });
  }

  private rightAligned(writer: PdfTableText, text: string, right: number, y: number): void {
    const encoded = writer.encode(text, FONT);
    writer.write([{ text: encoded, x: right - encoded.width, y }]);
  }
}

/**
 * Measures and wraps table text. pdfkit's own line wrapper is general and slow; a report of a very busy
 * fund has tens of thousands of cells, most of them one short line, so widths come from the table text's
 * cache and a cell is broken into lines here, word by word (a word wider than the cell, such as a hash,
 * character by character).
 */
class TextMeasure {
  constructor(readonly text: PdfTableText) {}

  /** The width of the text in the current font at the table font size. */
  width(text: string, font: string): number {
    return this.text.width(text, font);
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
      [line, lineWidth] = this.breakLongWord(word, width, font, lines);
    }
    if (line !== '') lines.push(line);
    return lines;
  }

  /** Pushes the full-width pieces of a word that does not fit; returns the rest and its width. */
  private breakLongWord(word: string, width: number, font: string, lines: string[]): [string, number] {
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

interface RowLayout {
  readonly lines: readonly (readonly EncodedText[])[];
  readonly height: number;
}

/** Draws one table, breaking it across pages and repeating the column headers on each. */
class PdfTable {
  private readonly widths: number[];
  private readonly measure: TextMeasure;
  private readonly lineHeight: number;

  constructor(
    private readonly doc: Doc,
    private readonly block: TableBlock,
    private readonly width: number,
    private readonly format: (cell: Cell) => string,
    private readonly bottom: () => number,
    measure: TextMeasure,
  ) {
    const weights = block.columns.reduce((total, column) => total + column.weight, 0);
    this.widths = block.columns.map((column) => (width * column.weight) / weights);
    this.measure = measure;
    this.lineHeight = doc.font(FONT).fontSize(TABLE_FONT_SIZE).currentLineHeight(true);
  }

  draw(title: string | null, emptyText: string): void {
    const { doc } = this;
    if (title !== null) {
      if (doc.y + 40 > this.bottom()) doc.addPage();
      doc
        .font(BOLD)
        .fontSize(9)
        .fillColor(TEXT_COLOR)
        .text(title, MARGIN.left, doc.y + 4);
      doc.y += 3;
    }
    if (this.block.rows.length === 0) {
      doc.font(FONT).fontSize(8.5).fillColor(MUTED).text(emptyText, MARGIN.left, doc.y, { oblique: true });
      doc.moveDown(0.6);
      return;
    }
    const header = this.layout(
      this.block.columns.map((column) => pdfText(column.label)),
      BOLD,
    );
    if (doc.y + header.height * 2 > this.bottom()) doc.addPage();
    this.row(header, BOLD, HEADER_FILL);
    this.block.rows.forEach((cells, index) => {
      const font = this.block.emphasised.includes(index) ? BOLD : FONT;
      const row = this.layout(
        cells.map((cell) => this.format(cell)),
        font,
      );
      if (doc.y + row.height > this.bottom()) {
        doc.addPage();
        this.row(header, BOLD, HEADER_FILL);
      }
      this.row(row, font);
    });
    if (this.block.totals !== null) {
      this.row(
        this.layout(
          this.block.totals.map((cell) => this.format(cell)),
          BOLD,
        ),
        BOLD,
        TOTALS_FILL,
      );
    }
    doc.x = MARGIN.left;
    doc.y += 8;
  }

  private layout(texts: readonly string[], font: string): RowLayout {
    this.doc.font(font).fontSize(TABLE_FONT_SIZE);
    const lines = texts.map((text, index) =>
      this.measure.wrap(text, this.widths[index] - 2 * CELL_PADDING, font),
    );
    const lineCount = Math.max(1, ...lines.map((cellLines) => cellLines.length));
    return { lines, height: lineCount * this.lineHeight + 2 * CELL_PADDING };
  }

  private row(row: RowLayout, font: string, fill?: string): void {
    const { doc } = this;
    const top = doc.y;
    if (fill !== undefined) doc.rect(MARGIN.left, top, this.width, row.height).fill(fill);
    doc.font(font).fontSize(TABLE_FONT_SIZE).fillColor(TEXT_COLOR);
    const placed: PlacedText[] = [];
    let left = MARGIN.left;
    row.lines.forEach((cellLines, index) => {
      const right = this.block.columns[index]?.align === 'right';
      cellLines.forEach((line, lineIndex) => {
        const x = right ? left + this.widths[index] - CELL_PADDING - line.width : left + CELL_PADDING;
        placed.push({ text: line, x, y: top + CELL_PADDING + lineIndex * this.lineHeight });
      });
      left += this.widths[index];
    });
    this.measure.text.write(placed);
    const bottom = top + row.height;
    doc
      .moveTo(MARGIN.left, bottom)
      .lineTo(MARGIN.left + this.width, bottom)
      .lineWidth(0.4)
      .strokeColor(RULE_LIGHT)
      .stroke();
    doc.y = bottom;
  }
}

function drawFigure(doc: Doc, figure: ChartFigure, left: number, top: number, scale: number): void {
  const x = (value: number) => left + value * scale;
  const y = (value: number) => top + value * scale;
  for (const shape of figure.shapes) {
    switch (shape.kind) {
      case 'rect':
        if (shape.height > 0)
          doc.rect(x(shape.x), y(shape.y), shape.width * scale, shape.height * scale).fill(shape.fill);
        break;
      case 'circle':
        doc.circle(x(shape.cx), y(shape.cy), shape.r * scale).fill(shape.fill);
        break;
      case 'polyline': {
        const [first, ...rest] = shape.points;
        doc.moveTo(x(first[0]), y(first[1]));
        for (const [px, py] of rest) doc.lineTo(x(px), y(py));
        doc.lineWidth(shape.strokeWidth * scale).strokeColor(shape.stroke);
        if (shape.dashed) doc.dash(4 * scale, { space: 3 * scale });
        doc.stroke().undash();
        break;
      }
      case 'text': {
        const text = pdfText(shape.text);
        doc
          .font(FONT)
          .fontSize(shape.size * scale)
          .fillColor(shape.fill);
        const width = doc.widthOfString(text);
        const offset = shape.anchor === 'start' ? 0 : shape.anchor === 'middle' ? width / 2 : width;
        doc.text(text, x(shape.x) - offset, y(shape.y) - shape.size * scale * 0.8, { lineBreak: false });
        break;
      }
    }
  }
}
