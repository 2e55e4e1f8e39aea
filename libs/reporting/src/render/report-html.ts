/**
 * The report as one self-contained HTML page: inline CSS (with print rules for A4), inline SVG charts
 * and QR code, no scripts, fonts or images from anywhere else, so it opens offline and prints as it
 * looks. Every text from the data is escaped. Tables have captions, column and row headers; charts and
 * the QR code have a text alternative (BITV 2.0 / WCAG 2.1).
 */
import { makeControlsVisible } from '@fund-ledger/domain';
import { capFigure, moneyInFigure, type ChartFigure, type ChartShape } from './chart-figures';
import { QR_QUIET_ZONE, qrModules } from './qr-code';
import {
  displayText,
  type Block,
  type Cell,
  type FactsBlock,
  type ReportDocument,
  type TableBlock,
  type VerificationCodeBlock,
} from './report-document.blocks';
import type { ReportLanguage } from './report-labels';

/** The one stylesheet of the HTML report, inline; the service allows exactly it by its hash (CSP). */
export const REPORT_HTML_STYLE = `
  :root { color-scheme: light; }
  body { font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; color: #2b2f33; margin: 0; background: #f4f5f7; }
  main { max-width: 60rem; margin: 0 auto; padding: 2rem 2.5rem 3rem; background: #fff; }
  header.report { border-bottom: 3px solid #1f5fa8; margin-bottom: 1.5rem; padding-bottom: 0.75rem; }
  header.report p.kicker { margin: 0; text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.8rem; color: #5b6168; }
  h1 { font-size: 1.6rem; margin: 0.2rem 0 0.3rem; }
  header.report p.period { margin: 0; font-size: 1.05rem; }
  h2 { font-size: 1.15rem; margin: 2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 1px solid #c9ced4; break-after: avoid; }
  h3, caption { font-size: 0.95rem; font-weight: 700; margin: 1.1rem 0 0.4rem; break-after: avoid; }
  caption { text-align: left; padding: 0; }
  table { width: 100%; border-collapse: collapse; font-size: 0.8rem; margin: 0.3rem 0 0.3rem; }
  table.narrow { width: 62%; }
  th, td { padding: 0.28rem 0.45rem; border-bottom: 1px solid #e1e4e8; vertical-align: top; text-align: left; }
  thead th { background: #eef2f7; font-weight: 600; }
  tbody th, tfoot th { font-weight: 400; }
  td.number, th.number { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
  tr.emphasised td, tr.emphasised th { font-weight: 700; border-top: 1px solid #8a9096; }
  tfoot td, tfoot th { font-weight: 700; border-top: 2px solid #8a9096; background: #f8f9fa; }
  p.note { font-size: 0.75rem; color: #4a4f55; margin: 0.15rem 0; }
  div.notes { margin-bottom: 0.9rem; }
  figure.code { display: flex; gap: 1.2rem; align-items: flex-start; }
  figure.code svg { width: 40mm; height: 40mm; flex: none; }
  figure.code pre { margin: 0.4rem 0 0; font-weight: 400; }
  dl.facts { display: grid; grid-template-columns: minmax(12rem, 22rem) 1fr; gap: 0.2rem 1rem; font-size: 0.85rem; margin: 0.4rem 0 1rem; }
  dl.facts dt { color: #5b6168; }
  dl.facts dd { margin: 0; overflow-wrap: anywhere; }
  p { font-size: 0.85rem; line-height: 1.45; }
  p.empty { color: #5b6168; font-style: italic; }
  pre { background: #f1f3f5; padding: 0.6rem 0.8rem; font-size: 0.8rem; overflow-x: auto; }
  figure { margin: 0.6rem 0 1rem; }
  figure svg { width: 100%; height: auto; }
  figcaption { font-size: 0.85rem; font-weight: 600; margin-bottom: 0.3rem; }
  footer.report { margin-top: 2.5rem; font-size: 0.75rem; color: #5b6168; border-top: 1px solid #c9ced4; padding-top: 0.5rem; overflow-wrap: anywhere; }
  @page { size: A4; margin: 16mm 14mm 18mm; }
  @media print {
    body { background: #fff; }
    main { max-width: none; padding: 0; }
    h2 { break-before: auto; }
    tr, figure, dl.facts { break-inside: avoid; }
    thead { display: table-header-group; }
  }
`;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const SPECIAL = /[&<>"']/;

/**
 * Most cells (amounts, dates, names) have nothing to escape; they are returned as they are. Stored
 * control and bidirectional formatting characters are shown as their code points first.
 */
export function escapeHtml(text: string): string {
  const visible = makeControlsVisible(text, { keepLineBreaks: true });
  if (!SPECIAL.test(visible)) return visible;
  return visible.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

function factsHtml(block: FactsBlock, language: ReportLanguage): string {
  const rows = block.rows
    .map(
      ([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(displayText(value, language))}</dd>`,
    )
    .join('');
  return `<dl class="facts">${rows}</dl>`;
}

function notesHtml(notes: readonly string[]): string {
  if (notes.length === 0) return '';
  return `<div class="notes">${notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`).join('')}</div>`;
}

/** The first cell of each row names the row: it is the row's header for screen readers. */
function tableHtml(block: TableBlock, language: ReportLanguage): string {
  const notes = notesHtml(block.notes);
  if (block.rows.length === 0) {
    const title = block.title === null ? '' : `<h3>${escapeHtml(block.title)}</h3>`;
    return `${title}<p class="empty">${escapeHtml(block.emptyText)}</p>${notes}`;
  }
  const caption = block.title === null ? '' : `<caption>${escapeHtml(block.title)}</caption>`;
  const cellClass = (index: number) => (block.columns[index]?.align === 'right' ? ' class="number"' : '');
  const head = block.columns
    .map((column, index) => `<th scope="col"${cellClass(index)}>${escapeHtml(column.label)}</th>`)
    .join('');
  const row = (cells: readonly Cell[]) =>
    cells
      .map((cell, index) => {
        const text = escapeHtml(displayText(cell, language));
        return index === 0
          ? `<th scope="row"${cellClass(index)}>${text}</th>`
          : `<td${cellClass(index)}>${text}</td>`;
      })
      .join('');
  const body = block.rows
    .map(
      (cells, index) =>
        `<tr${block.emphasised.includes(index) ? ' class="emphasised"' : ''}>${row(cells)}</tr>`,
    )
    .join('\n');
  const foot = block.totals === null ? '' : `<tfoot><tr>${row(block.totals)}</tr></tfoot>`;
  const narrow = block.columns.length <= 2 ? ' class="narrow"' : '';
  return `<table${narrow}>${caption}<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody>${foot}</table>${notes}`;
}

function shapeSvg(shape: ChartShape): string {
  switch (shape.kind) {
    case 'rect':
      return `<rect x="${shape.x}" y="${shape.y}" width="${shape.width}" height="${shape.height}" fill="${shape.fill}"/>`;
    case 'polyline': {
      const points = shape.points.map(([x, y]) => `${x},${y}`).join(' ');
      const dash = shape.dashed ? ' stroke-dasharray="6 4"' : '';
      return `<polyline points="${points}" fill="none" stroke="${shape.stroke}" stroke-width="${shape.strokeWidth}"${dash}/>`;
    }
    case 'circle':
      return `<circle cx="${shape.cx}" cy="${shape.cy}" r="${shape.r}" fill="${shape.fill}"/>`;
    case 'text':
      return `<text x="${shape.x}" y="${shape.y}" text-anchor="${shape.anchor}" font-size="${shape.size}" fill="${shape.fill}">${escapeHtml(shape.text)}</text>`;
  }
}

/** The chart as SVG; its title and description are its text alternative. */
export function figureSvg(figure: ChartFigure): string {
  const shapes = figure.shapes.map(shapeSvg).join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${figure.width} ${figure.height}" role="img" aria-label="${escapeHtml(figure.description)}" font-family="Helvetica, Arial, sans-serif">\n<title>${escapeHtml(figure.title)}</title>\n<desc>${escapeHtml(figure.description)}</desc>\n${shapes}\n</svg>`;
}

function figureHtml(figure: ChartFigure): string {
  return `<figure><figcaption>${escapeHtml(figure.title)}</figcaption>${figureSvg(figure)}</figure>`;
}

/** The QR code as one SVG path of unit squares, with its quiet zone, and its text beside it. */
function verificationCodeHtml(block: VerificationCodeBlock): string {
  const modules = qrModules(block.payload);
  const size = modules.length + 2 * QR_QUIET_ZONE;
  const squares = modules
    .flatMap((row, y) =>
      row.flatMap((dark, x) => (dark ? [`M${x + QR_QUIET_ZONE} ${y + QR_QUIET_ZONE}h1v1h-1z`] : [])),
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeHtml(block.description)}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${squares}" fill="#000"/></svg>`;
  return `<figure class="code">${svg}<figcaption>${escapeHtml(block.title)}<pre>${escapeHtml(block.payload)}</pre></figcaption></figure>`;
}

function blockHtml(block: Block, language: ReportLanguage): string {
  switch (block.kind) {
    case 'facts':
      return factsHtml(block, language);
    case 'table':
      return tableHtml(block, language);
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'commands':
      return `<pre>${block.lines.map(escapeHtml).join('\n')}</pre>`;
    case 'money-in-chart':
      return figureHtml(moneyInFigure(block, language));
    case 'cap-chart':
      return figureHtml(capFigure(block, language));
    case 'verification-code':
      return verificationCodeHtml(block);
  }
}

export function renderReportHtml(document: ReportDocument): string {
  const { language } = document;
  const sections = document.sections
    .map(
      (section) =>
        `<section>\n<h2>${escapeHtml(section.title)}</h2>\n${section.blocks.map((block) => blockHtml(block, language)).join('\n')}\n</section>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${document.title}: ${document.fundName}, ${document.periodText}`)}</title>
<style>${REPORT_HTML_STYLE}</style>
</head>
<body>
<main>
<header class="report">
<p class="kicker">${escapeHtml(document.title)}</p>
<h1>${escapeHtml(document.fundName)}</h1>
<p class="period">${escapeHtml(document.periodText)}</p>
</header>
${factsHtml(document.header, language)}
${sections}
<footer class="report">${escapeHtml(document.footerText)}</footer>
</main>
</body>
</html>
`;
}
