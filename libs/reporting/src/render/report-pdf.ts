/**
 * The report as an A4 PDF (pdfkit) with the same content as the HTML: a title block, the header facts,
 * then each section's facts, tables (header repeated on every page a table continues on), charts and
 * the verification code. Every page gets a running header (report, fund, period) and a footer (the whole
 * digest root, the position, "page x of n"). The creation date comes from the report, so the same report
 * gives the same file.
 *
 * The layout keeps what belongs together: a heading stays with the start of what follows it, a table's
 * title and header row with its first row, a chart or code stays whole. The PDF is tagged (pdf-tags.ts)
 * in the report's language, with the document title shown by readers, for BITV 2.0. It uses the standard
 * fonts, which are not embedded (ADR 0011), so it does not claim PDF/UA conformance.
 */
import PDFDocument from 'pdfkit';
import { capFigure, moneyInFigure, type ChartFigure } from './chart-figures';
import {
  BOLD,
  FONT,
  MUTED,
  PdfTable,
  tableText,
  TEXT_COLOR,
  TextMeasure,
  type TableFrame,
} from './pdf-table';
import { PdfTableText } from './pdf-table-text';
import { PdfTags } from './pdf-tags';
import { pdfText } from './pdf-text';
import { QR_QUIET_ZONE, qrModules } from './qr-code';
import {
  displayText,
  type Block,
  type Cell,
  type FactsBlock,
  type ParagraphBlock,
  type ReportDocument,
  type TableBlock,
  type VerificationCodeBlock,
} from './report-document.blocks';

export interface PdfOptions {
  /** Deflate the page contents (default true); tests switch it off to read the text. */
  readonly compress?: boolean;
}

const MARGIN = { top: 64, bottom: 58, left: 42, right: 42 } as const;
const MONO = 'Courier';
const RULE = '#c9ced4';
const FACT_SIZE = 8.5;
const PARAGRAPH_SIZE = 8.5;
/** The printed size of the QR code: 36 mm, which keeps a module above 0.6 mm for a typical code. */
const QR_SIZE = 102;

type Doc = PDFKit.PDFDocument;
type StructureElement = PDFKit.PDFStructureElement;

export function renderReportPdf(document: ReportDocument, options: PdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    compress: options.compress ?? true,
    pdfVersion: '1.7',
    tagged: true,
    displayTitle: true,
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
  private readonly tags: PdfTags;
  private readonly tables = new Map<TableBlock, PdfTable>();

  constructor(
    private readonly doc: Doc,
    private readonly document: ReportDocument,
  ) {
    this.width = doc.page.width - MARGIN.left - MARGIN.right;
    this.measure = new TextMeasure(tableText(doc));
    this.tags = new PdfTags(doc);
  }

  write(): void {
    this.titleBlock();
    this.facts(this.tags.root, this.document.header);
    for (const section of this.document.sections) {
      const element = this.tags.group(this.tags.root, 'Sect');
      this.sectionTitle(element, section.title, section.blocks);
      for (const block of section.blocks) this.block(element, block);
      element.end();
    }
    this.tags.root.end();
    this.pageFrames();
  }

  private get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }

  private get frame(): TableFrame {
    return {
      left: MARGIN.left,
      width: this.width,
      bottom: () => this.bottom,
      pageBodyHeight: this.doc.page.height - MARGIN.top - MARGIN.bottom,
    };
  }

  private ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  private text(value: string): string {
    return pdfText(value);
  }

  private titleBlock(): void {
    const { doc, document, tags } = this;
    tags.content(tags.root, 'P', () =>
      doc
        .fillColor(MUTED)
        .font(FONT)
        .fontSize(9)
        .text(this.text(document.title.toUpperCase()), { characterSpacing: 0.6 }),
    );
    doc.moveDown(0.2);
    tags.content(tags.root, 'H1', () =>
      doc.fillColor(TEXT_COLOR).font(BOLD).fontSize(18).text(this.text(document.fundName)),
    );
    doc.moveDown(0.1);
    tags.content(tags.root, 'P', () => doc.font(FONT).fontSize(11).text(this.text(document.periodText)));
    const y = doc.y + 6;
    tags.artifact(() =>
      doc
        .moveTo(MARGIN.left, y)
        .lineTo(MARGIN.left + this.width, y)
        .lineWidth(2)
        .strokeColor('#1f5fa8')
        .stroke(),
    );
    doc.y = y + 10;
  }

  /** A section heading, kept on a page with the start of what follows it. */
  private sectionTitle(parent: StructureElement, title: string, blocks: readonly Block[]): void {
    const { doc, tags } = this;
    const text = this.text(title);
    const headingHeight =
      doc.font(BOLD).fontSize(12).heightOfString(text, { width: this.width }) +
      doc.currentLineHeight(true) * 0.8 +
      8;
    this.ensureSpace(headingHeight + this.sectionLeadHeight(blocks));
    doc.moveDown(0.8);
    tags.content(parent, 'H2', () =>
      doc.fillColor(TEXT_COLOR).font(BOLD).fontSize(12).text(text, MARGIN.left, doc.y, { width: this.width }),
    );
    const y = doc.y + 2;
    tags.artifact(() =>
      doc
        .moveTo(MARGIN.left, y)
        .lineTo(MARGIN.left + this.width, y)
        .lineWidth(0.6)
        .strokeColor(RULE)
        .stroke(),
    );
    doc.y = y + 6;
  }

  /**
   * What must follow a section heading on its page: a section that opens with a short paragraph or a
   * few facts keeps them with the start of the table or chart they introduce, as long as that fits in
   * half a page; otherwise the start of the first block.
   */
  private sectionLeadHeight(blocks: readonly Block[]): number {
    const [first] = blocks;
    if (first === undefined) return 0;
    let height = 0;
    for (const block of blocks) {
      if (block.kind !== 'paragraph' && block.kind !== 'facts') {
        height += this.leadHeight(block);
        break;
      }
      height += this.blockHeight(block);
    }
    return height <= this.frame.pageBodyHeight / 2 ? height : this.leadHeight(first);
  }

  /** The whole height of a paragraph or a facts block. */
  private blockHeight(block: ParagraphBlock | FactsBlock): number {
    if (block.kind === 'paragraph') return this.paragraphHeight(block.text) + 6;
    return block.rows.reduce((total, row) => total + this.factHeight(row) + 3, 0) + 6;
  }

  /** How much of a block must stand on the page a heading before it ends. */
  private leadHeight(block: Block): number {
    switch (block.kind) {
      case 'facts':
        return block.rows.length === 0 ? 0 : this.factHeight(block.rows[0]) + 3;
      case 'table':
        return this.pdfTable(block).leadHeight();
      case 'paragraph':
        return Math.min(this.paragraphHeight(block.text), this.paragraphLineHeight() * 2) + 6;
      case 'commands':
        return this.commandsHeight(block.lines);
      case 'money-in-chart':
        return this.chartHeight(moneyInFigure(block, this.document.language));
      case 'cap-chart':
        return this.chartHeight(capFigure(block, this.document.language));
      case 'verification-code':
        return QR_SIZE + 12;
    }
  }

  private block(parent: StructureElement, block: Block): void {
    switch (block.kind) {
      case 'facts':
        return this.facts(parent, block);
      case 'table':
        return this.pdfTable(block).draw(parent);
      case 'paragraph':
        return this.paragraph(parent, block.text);
      case 'commands':
        return this.commands(parent, block.lines);
      case 'money-in-chart':
        return this.chart(parent, moneyInFigure(block, this.document.language));
      case 'cap-chart':
        return this.chart(parent, capFigure(block, this.document.language));
      case 'verification-code':
        return this.verificationCode(parent, block);
    }
  }

  /** Each table laid out once, whether it is first measured for the heading before it or drawn. */
  private pdfTable(block: TableBlock): PdfTable {
    let table = this.tables.get(block);
    if (table === undefined) {
      table = new PdfTable(
        this.doc,
        block,
        this.frame,
        (cell) => this.cellText(cell),
        this.measure,
        this.tags,
      );
      this.tables.set(block, table);
    }
    return table;
  }

  private cellText(cell: Cell): string {
    return this.text(displayText(cell, this.document.language));
  }

  private get factColumns(): { labelWidth: number; valueWidth: number } {
    const labelWidth = this.width * 0.37;
    return { labelWidth, valueWidth: this.width - labelWidth - 8 };
  }

  private factHeight([label, value]: readonly [string, Cell]): number {
    const { doc } = this;
    const { labelWidth, valueWidth } = this.factColumns;
    doc.font(FONT).fontSize(FACT_SIZE);
    return Math.max(
      doc.heightOfString(this.text(label), { width: labelWidth }),
      doc.heightOfString(this.cellText(value), { width: valueWidth }),
    );
  }

  /** Label and value pairs, tagged as a table whose first column heads each row. */
  private facts(parent: StructureElement, block: FactsBlock): void {
    const { doc, tags } = this;
    const { labelWidth, valueWidth } = this.factColumns;
    const table = tags.group(parent, 'Table');
    const body = tags.group(table, 'TBody');
    for (const fact of block.rows) {
      const height = this.factHeight(fact);
      this.ensureSpace(height + 3);
      const y = doc.y;
      const row = tags.group(body, 'TR');
      tags.content(
        row,
        'TH',
        () =>
          doc
            .fillColor(MUTED)
            .font(FONT)
            .fontSize(FACT_SIZE)
            .text(this.text(fact[0]), MARGIN.left, y, { width: labelWidth }),
        { scope: 'Row' },
      );
      tags.content(row, 'TD', () =>
        doc
          .fillColor(TEXT_COLOR)
          .font(FONT)
          .fontSize(FACT_SIZE)
          .text(this.cellText(fact[1]), MARGIN.left + labelWidth + 8, y, { width: valueWidth }),
      );
      row.end();
      doc.y = y + height + 3;
    }
    body.end();
    table.end();
    doc.x = MARGIN.left;
    doc.moveDown(0.4);
  }

  private paragraphLineHeight(): number {
    return this.doc.font(FONT).fontSize(PARAGRAPH_SIZE).currentLineHeight(true) + 1.5;
  }

  private paragraphHeight(text: string): number {
    return this.doc
      .font(FONT)
      .fontSize(PARAGRAPH_SIZE)
      .heightOfString(this.text(text), { width: this.width, lineGap: 1.5 });
  }

  /** A paragraph; it may continue on the next page, but never leaves a single line behind. */
  private paragraph(parent: StructureElement, text: string): void {
    const { doc } = this;
    this.ensureSpace(Math.min(this.paragraphHeight(text), this.paragraphLineHeight() * 2) + 6);
    this.tags.content(parent, 'P', () =>
      doc
        .font(FONT)
        .fontSize(PARAGRAPH_SIZE)
        .fillColor(TEXT_COLOR)
        .text(this.text(text), MARGIN.left, doc.y, { width: this.width, lineGap: 1.5 }),
    );
    doc.moveDown(0.5);
  }

  private commandsHeight(lines: readonly string[]): number {
    return lines.length * 11 + 10 + 6;
  }

  private commands(parent: StructureElement, lines: readonly string[]): void {
    const { doc, tags } = this;
    const height = this.commandsHeight(lines) - 6;
    this.ensureSpace(height + 6);
    const y = doc.y;
    tags.artifact(() => doc.rect(MARGIN.left, y, this.width, height).fill('#f1f3f5'));
    lines.forEach((line, index) =>
      tags.content(parent, 'Code', () =>
        doc
          .fillColor(TEXT_COLOR)
          .font(MONO)
          .fontSize(8)
          .text(this.text(line), MARGIN.left + 8, y + 6 + index * 11, { lineBreak: false }),
      ),
    );
    doc.y = y + height + 8;
    doc.x = MARGIN.left;
  }

  private chartHeight(figure: ChartFigure): number {
    return (figure.height * this.width) / figure.width + 24;
  }

  /** A chart: its title, then the drawing as a figure whose alternative text is the chart in words. */
  private chart(parent: StructureElement, figure: ChartFigure): void {
    const { doc, tags } = this;
    const scale = this.width / figure.width;
    this.ensureSpace(this.chartHeight(figure));
    tags.content(parent, 'P', () =>
      doc.font(BOLD).fontSize(9).fillColor(TEXT_COLOR).text(this.text(figure.title), MARGIN.left, doc.y),
    );
    const top = doc.y + 4;
    tags.content(parent, 'Figure', () => drawFigure(doc, figure, MARGIN.left, top, scale), {
      alt: this.text(figure.description),
    });
    doc.y = top + figure.height * scale + 8;
    doc.x = MARGIN.left;
  }

  /** The QR code as vector squares with its quiet zone, and its text beside it. */
  private verificationCode(parent: StructureElement, block: VerificationCodeBlock): void {
    const { doc, tags } = this;
    this.ensureSpace(QR_SIZE + 12);
    const top = doc.y + 4;
    const modules = qrModules(block.payload);
    const module = QR_SIZE / (modules.length + 2 * QR_QUIET_ZONE);
    tags.content(
      parent,
      'Figure',
      () => {
        doc.rect(MARGIN.left, top, QR_SIZE, QR_SIZE).fill('#ffffff');
        modules.forEach((row, y) =>
          row.forEach((dark, x) => {
            if (dark) {
              doc.rect(
                MARGIN.left + (x + QR_QUIET_ZONE) * module,
                top + (y + QR_QUIET_ZONE) * module,
                module,
                module,
              );
            }
          }),
        );
        doc.fill('#000000');
      },
      { alt: this.text(block.description) },
    );
    const textLeft = MARGIN.left + QR_SIZE + 14;
    const textWidth = this.width - QR_SIZE - 14;
    tags.content(parent, 'H3', () =>
      doc
        .font(BOLD)
        .fontSize(9)
        .fillColor(TEXT_COLOR)
        .text(this.text(block.title), textLeft, top + QR_QUIET_ZONE * module, { width: textWidth }),
    );
    tags.content(parent, 'Code', () =>
      doc
        .font(MONO)
        .fontSize(7.5)
        .fillColor(TEXT_COLOR)
        .text(
          block.payload
            .split('\n')
            .map((line) => this.text(line))
            .join('\n'),
          textLeft,
          doc.y + 3,
          {
            width: textWidth,
          },
        ),
    );
    doc.y = Math.max(doc.y, top + QR_SIZE) + 8;
    doc.x = MARGIN.left;
  }

  /**
   * Running header and footer on every page, drawn last so the footer can say "page x of n", as
   * artifacts. The lines are the same on hundreds of pages, so they are encoded once and written
   * directly; a header too long for its box goes through pdfkit, which shortens it.
   */
  private pageFrames(): void {
    const { doc, document } = this;
    const range = doc.bufferedPageRange();
    const headerText = new PdfTableText(doc, 7.5);
    const footerText = new PdfTableText(doc, 6.5);
    const headerLeft = this.text(`${document.title} · ${document.fundName}`);
    const footerLeft = this.text(document.footerText);
    const period = this.text(document.periodText);
    for (let index = range.start; index < range.start + range.count; index += 1) {
      doc.switchToPage(index);
      doc.page.margins.bottom = 0;
      this.tags.artifact(
        () => this.pageFrame(index, range.count, { headerText, footerText, headerLeft, footerLeft, period }),
        'Pagination',
      );
    }
  }

  private pageFrame(
    index: number,
    pageCount: number,
    frame: {
      headerText: PdfTableText;
      footerText: PdfTableText;
      headerLeft: string;
      footerLeft: string;
      period: string;
    },
  ): void {
    const { doc, document } = this;
    const right = MARGIN.left + this.width;
    doc.font(FONT).fontSize(7.5).fillColor(MUTED);
    this.frameLine(frame.headerText, frame.headerLeft, 30, { width: this.width * 0.7, ellipsis: true });
    this.rightAligned(frame.headerText, frame.period, right, 30);
    doc.moveTo(MARGIN.left, 42).lineTo(right, 42).lineWidth(0.5).strokeColor(RULE).stroke();
    const footerY = doc.page.height - 38;
    doc
      .moveTo(MARGIN.left, footerY - 6)
      .lineTo(right, footerY - 6)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.font(FONT).fontSize(6.5).fillColor(MUTED);
    this.frameLine(frame.footerText, frame.footerLeft, footerY, { width: this.width * 0.82 });
    this.rightAligned(
      frame.footerText,
      this.text(document.labels.page(index + 1, pageCount)),
      right,
      footerY,
    );
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
