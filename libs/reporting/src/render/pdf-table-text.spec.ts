/**
 * Goal: table text written as one text object per row reads and measures exactly as pdfkit's own
 * `text()` would write it: the same glyph codes and kerning, the same width, the same baseline, and the
 * font registered on the page it is used on.
 */
import PDFDocument from 'pdfkit';
import { PdfTableText } from './pdf-table-text';

const FONT_SIZE = 7.5;
const SAMPLES = ['Förderzusage Väter-Café', 'AVAW To.', '1.234,50 €', 'Yilmaz, Jörg'];

function newDocument(): PDFKit.PDFDocument {
  return new PDFDocument({ size: 'A4', compress: false }).font('Helvetica').fontSize(FONT_SIZE);
}

/** The content stream written so far on the document's current page. */
function pageContent(doc: PDFKit.PDFDocument): string {
  const content = (doc.page as unknown as { content: { buffer: Buffer[] } }).content;
  return Buffer.concat(content.buffer).toString('latin1');
}

function textOperators(content: string): string[] {
  return [...content.matchAll(/1 0 0 1 [\d.-]+ [\d.-]+ Tm|\[[^\]]*\] TJ/g)].map((match) => match[0]);
}

describe('table text written as one text object per row', () => {
  it('positions and encodes each line as doc.text does', () => {
    const reference = newDocument();
    SAMPLES.forEach((text, index) => reference.text(text, 40 + index, 100 + index * 9, { lineBreak: false }));
    const doc = newDocument();
    const writer = new PdfTableText(doc, FONT_SIZE);
    writer.write(
      SAMPLES.map((text, index) => ({
        text: writer.encode(text, 'Helvetica'),
        x: 40 + index,
        y: 100 + index * 9,
      })),
    );

    const written = textOperators(pageContent(doc));
    expect(written).toHaveLength(2 * SAMPLES.length);
    expect(written).toEqual(textOperators(pageContent(reference)));
    expect(
      pageContent(doc)
        .split('\n')
        .filter((line) => line === 'BT'),
    ).toHaveLength(1);
    expect(Object.keys((doc.page as unknown as { fonts: object }).fonts)).toHaveLength(1);
  });

  it('measures text as doc.widthOfString does', () => {
    const doc = newDocument();
    const text = new PdfTableText(doc, FONT_SIZE);
    for (const sample of SAMPLES) expect(text.width(sample, 'Helvetica')).toBe(doc.widthOfString(sample));
  });
});
