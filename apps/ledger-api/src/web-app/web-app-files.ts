/**
 * The files of the built web application, read from its folder once and kept in memory: the bundle
 * is small (its initial JavaScript is held under 300 KB by the build), and a file read per request
 * would cost more than it saves. Only names the build produced are ever served.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';

export interface WebAppFile {
  readonly body: Buffer;
  readonly mediaType: string;
}

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};
/** A built web application has a few dozen files; more means the folder is not one. */
const FILES_MAX = 2000;

export class WebAppFiles {
  private constructor(
    private readonly files: ReadonlyMap<string, WebAppFile>,
    readonly folder: string,
  ) {}

  /** The files under `folder`, or none when it does not exist (the web application was not built). */
  static load(folder: string): WebAppFiles {
    const root = resolve(folder);
    const files = new Map<string, WebAppFile>();
    if (isFolder(root)) {
      for (const path of filesBelow(root)) {
        const name = relative(root, path).split(sep).join('/');
        files.set(name, {
          body: readFileSync(path),
          mediaType: MEDIA_TYPES[extname(path)] ?? 'application/octet-stream',
        });
      }
    }
    return new WebAppFiles(files, root);
  }

  get built(): boolean {
    return this.files.has('index.html');
  }

  /** A file by its name relative to the folder, e.g. `assets/index-3f2a.js`; undefined for any other name. */
  file(name: string): WebAppFile | undefined {
    return this.files.get(name);
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function filesBelow(folder: string): string[] {
  const found: string[] = [];
  const pending = [folder];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    for (const entry of readdirSync(next, { withFileTypes: true })) {
      const path = join(next, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile()) found.push(path);
      if (found.length > FILES_MAX)
        throw new Error(`${folder} holds more than ${FILES_MAX} files; is WEB_APP_PATH right?`);
    }
  }
  return found;
}
