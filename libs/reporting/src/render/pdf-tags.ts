/**
 * The PDF's tags (its logical structure, PDF 1.7 section 14.8) through pdfkit's accessibility support:
 * every piece of content is either part of a structure element (a heading, a paragraph, a table cell, a
 * figure with its alternative text) or marked as an artifact (page headers and footers, rules and
 * fills). The structure tree lists the elements in reading order, which is the order they are drawn in.
 *
 * Table header cells carry a `Scope` attribute, which pdfkit's structure elements do not set: it is
 * written into the element's dictionary directly, as pdfkit's own table code does.
 */
type Doc = PDFKit.PDFDocument;
type StructureElement = PDFKit.PDFStructureElement;

/** The parts of a pdfkit structure element this file reads beyond its typings. */
interface StructureDictionary {
  readonly dictionary: { readonly data: Record<string, unknown> };
}

export type HeaderScope = 'Column' | 'Row';

export class PdfTags {
  readonly root: StructureElement;

  constructor(private readonly doc: Doc) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  /** A grouping element (a section, a table, a row) under `parent`; end it when its children are added. */
  group(parent: StructureElement, type: string, options: { alt?: string } = {}): StructureElement {
    const element = this.doc.struct(type, options);
    parent.add(element);
    return element;
  }

  /** A leaf element under `parent` whose content is what `draw` writes; returns it ended. */
  content(
    parent: StructureElement,
    type: string,
    draw: () => void,
    options: { alt?: string; scope?: HeaderScope } = {},
  ): StructureElement {
    const element = this.doc.struct(type, options.alt === undefined ? {} : { alt: options.alt });
    if (options.scope !== undefined) {
      (element as unknown as StructureDictionary).dictionary.data.A = { O: 'Table', Scope: options.scope };
    }
    parent.add(element);
    const marked = this.doc.markStructureContent(type);
    draw();
    this.doc.endMarkedContent();
    element.add(marked);
    element.end();
    return element;
  }

  /** Content that is not part of the document's text: rules, fills, repeated headers, page frames. */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }
}
