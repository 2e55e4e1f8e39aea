/**
 * Reading a rendered PDF the way a reader's tools do, for tests: its text laid out by page (Debian's
 * `pdftotext -layout`), its document information (`pdfinfo`), a page as pixels (`pdftoppm`), all from
 * poppler-utils, which CI installs; and the structure elements of its tags, read from the raw objects.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function withPdfFile<Result>(
  pdf: Buffer,
  use: (path: string, folder: string) => Promise<Result>,
): Promise<Result> {
  const folder = await mkdtemp(join(tmpdir(), 'report-pdf-'));
  try {
    const path = join(folder, 'report.pdf');
    await writeFile(path, pdf);
    return await use(path, folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function poppler(tool: string, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await run(tool, [...args], { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `${tool} is missing: install Debian's poppler-utils (apt-get install -y poppler-utils)`,
      );
    }
    throw error;
  }
}

/** The text of each page as `pdftotext -layout` lays it out, without the trailing form feed. */
export function pdfLayoutPages(pdf: Buffer): Promise<string[]> {
  return withPdfFile(pdf, async (path) => {
    const text = await poppler('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-']);
    return text.split('\f').slice(0, -1);
  });
}

/** `pdfinfo` as key and value. */
export function pdfInfo(pdf: Buffer): Promise<Record<string, string>> {
  return withPdfFile(pdf, async (path) => {
    const text = await poppler('pdfinfo', [path]);
    return Object.fromEntries(
      text
        .split('\n')
        .filter((line) => line.includes(':'))
        .map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]),
    );
  });
}

/** The logical structure with its text, as `pdfinfo -struct-text` prints it. */
export function pdfStructureText(pdf: Buffer): Promise<string> {
  return withPdfFile(pdf, (path) => poppler('pdfinfo', ['-struct-text', path]));
}

export interface PageImage {
  readonly width: number;
  readonly height: number;
  /** RGBA, four bytes a pixel, row by row. */
  readonly data: Uint8ClampedArray;
}

/** One page rendered by `pdftoppm` (1-based), as RGBA pixels. */
export function pdfPageImage(pdf: Buffer, page: number, dotsPerInch: number): Promise<PageImage> {
  return withPdfFile(pdf, async (path, folder) => {
    const prefix = join(folder, 'page');
    await poppler('pdftoppm', [
      '-r',
      String(dotsPerInch),
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      path,
      prefix,
    ]);
    return rgbaOfPpm(await readFile(`${prefix}.ppm`));
  });
}

/** A binary PPM (P6, 8 bits): header, then RGB bytes. */
function rgbaOfPpm(ppm: Buffer): PageImage {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  if (header === null) throw new Error('pdftoppm did not write a binary PPM');
  const [whole, width, height] = [header[0], Number(header[1]), Number(header[2])];
  const rgb = ppm.subarray(whole.length);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let pixel = 0; pixel < width * height; pixel += 1) {
    data[pixel * 4] = rgb[pixel * 3];
    data[pixel * 4 + 1] = rgb[pixel * 3 + 1];
    data[pixel * 4 + 2] = rgb[pixel * 3 + 2];
    data[pixel * 4 + 3] = 255;
  }
  return { width, height, data };
}

export interface StructureElement {
  readonly type: string;
  readonly alt: string | null;
  readonly scope: string | null;
}

/**
 * The structure elements of a PDF written by pdfkit, read from its objects: pdfkit writes each element
 * as its own uncompressed dictionary (`<< /S /Figure /Alt (...) ... >>`).
 */
export function structureElements(pdf: Buffer): StructureElement[] {
  const source = pdf.toString('latin1');
  const elements: StructureElement[] = [];
  for (const match of source.matchAll(/\d+ 0 obj\s*<<([\s\S]*?)>>\s*endobj/g)) {
    const body = match[1];
    const type = /\/S \/(\w+)/.exec(body)?.[1];
    if (type === undefined || !/\/P \d+ 0 R/.test(body)) continue;
    const altStart = body.indexOf('/Alt (');
    elements.push({
      type,
      alt: altStart === -1 ? null : pdfString(body, altStart + '/Alt ('.length),
      scope: /\/Scope \/(\w+)/.exec(body)?.[1] ?? null,
    });
  }
  return elements;
}

/** A PDF literal string starting at `start` (after its opening parenthesis), decoded. */
function pdfString(source: string, start: number): string {
  let bytes = '';
  let depth = 1;
  for (let index = start; index < source.length; index += 1) {
    const character = source[index];
    if (character === '\\') {
      const next = source[index + 1];
      const octal = /^[0-7]{1,3}/.exec(source.slice(index + 1, index + 4));
      if (octal !== null) {
        bytes += String.fromCharCode(parseInt(octal[0], 8));
        index += octal[0].length;
      } else {
        bytes += { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' }[next] ?? next;
        index += 1;
      }
      continue;
    }
    if (character === '(') depth += 1;
    if (character === ')') depth -= 1;
    if (depth === 0) break;
    bytes += character;
  }
  return bytes.startsWith('\u00fe\u00ff')
    ? Buffer.from(bytes.slice(2), 'latin1').swap16().toString('utf16le')
    : bytes;
}
