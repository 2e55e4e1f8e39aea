/**
 * Publishing seals outside the database: an attacker who can delete events can delete the seals kept
 * beside them, but not the copies in a folder on another system (a council share, a WORM mount) or at
 * a URL the city's archive receives. Reading them back is what `verify --seals` does.
 */
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sealShapeProblem, type PublishedSeal } from './seal';

export interface SealPublisher {
  /** Publishes the seal (again, with its token, once it has one); the same seal twice is harmless. */
  publish(seal: PublishedSeal): Promise<void>;
}

const PUBLISH_TIMEOUT_MS = 10_000;
/** Published seals read by `verify`: a folder or a file of them is bounded too. */
const PUBLISHED_SEALS_MAX = 1_000_000;

/** One file per seal, `seal-<position>.json` with the position padded to 15 digits so names sort. */
export function sealFileName(position: number): string {
  return `seal-${String(position).padStart(15, '0')}.json`;
}

export function folderSealPublisher(folder: string): SealPublisher {
  return {
    async publish(seal) {
      await mkdir(folder, { recursive: true });
      const path = join(folder, sealFileName(seal.position));
      // Written beside and renamed, so a reader never sees half a seal.
      const partial = `${path}.partial`;
      await writeFile(partial, `${JSON.stringify(seal, null, 2)}\n`, 'utf8');
      await rename(partial, path);
    },
  };
}

/** POSTs each seal as JSON; the receiver keys it by position and signature, so a repeat replaces nothing. */
export function urlSealPublisher(url: string): SealPublisher {
  return {
    async publish(seal) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(seal),
        signal: AbortSignal.timeout(PUBLISH_TIMEOUT_MS),
      });
      if (!response.ok) throw new Error(`The seal archive answered HTTP ${response.status}`);
    },
  };
}

export function allPublishers(publishers: readonly SealPublisher[]): SealPublisher {
  return {
    async publish(seal) {
      const outcomes = await Promise.allSettled(publishers.map((publisher) => publisher.publish(seal)));
      const failure = outcomes.find((outcome) => outcome.status === 'rejected');
      if (failure !== undefined) throw failure.reason;
    },
  };
}

export class PublishedSealsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PublishedSealsError';
  }
}

/**
 * Reads published seals from a folder of seal files, or from one file holding a seal, a JSON array of
 * seals or JSON lines of seals. A file that holds something else is refused by name.
 */
export async function readPublishedSeals(path: string): Promise<PublishedSeal[]> {
  const info = await stat(path).catch(() => {
    throw new PublishedSealsError(`There are no published seals at ${path}`);
  });
  const files = info.isDirectory()
    ? (await readdir(path))
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => join(path, name))
    : [path];
  if (files.length > PUBLISHED_SEALS_MAX) throw new PublishedSealsError(`${path} holds too many files`);
  const seals: PublishedSeal[] = [];
  for (const file of files) seals.push(...parsePublishedSeals(await readFile(file, 'utf8'), file));
  return seals;
}

export function parsePublishedSeals(text: string, origin: string): PublishedSeal[] {
  const trimmed = text.trim();
  const values = parseJsonOrLines(trimmed, origin);
  return values.map((value, index) => {
    const candidate = { timeStampToken: null, ...(value as object) };
    const problem = sealShapeProblem(candidate);
    if (problem !== null) {
      throw new PublishedSealsError(`${origin}: entry ${index + 1} is not a seal: ${problem}`);
    }
    return candidate as PublishedSeal;
  });
}

function parseJsonOrLines(text: string, origin: string): unknown[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : [value];
  } catch {
    return text
      .split('\n')
      .filter((line) => line.trim().length > 0)
      .map((line, index) => {
        try {
          return JSON.parse(line) as unknown;
        } catch {
          throw new PublishedSealsError(`${origin}: line ${index + 1} is not JSON`);
        }
      });
  }
}
