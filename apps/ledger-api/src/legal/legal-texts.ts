import { existsSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { SettingsError } from '@fund-ledger/config';
import { placeholdersIn, renderLegalMarkdown, titleOf } from './legal-markdown';

/** The texts a public body must publish for the web application. */
export const LEGAL_DOCUMENTS = ['accessibility', 'privacy'] as const;
export type LegalDocument = (typeof LEGAL_DOCUMENTS)[number];

/** German is the binding language; English is a courtesy translation. */
export const LEGAL_LANGUAGES = ['de', 'en'] as const;
export type LegalLanguage = (typeof LEGAL_LANGUAGES)[number];

/** Far above any real statement or notice; a larger file is refused rather than read into memory. */
export const LEGAL_TEXT_BYTES_MAX = 256 * 1024;

const FALLBACK_TITLES: Record<LegalDocument, Record<LegalLanguage, string>> = {
  accessibility: { de: 'Erklärung zur Barrierefreiheit', en: 'Accessibility statement' },
  privacy: { de: 'Datenschutzerklärung', en: 'Privacy notice' },
};

export interface LegalText {
  readonly document: LegalDocument;
  readonly language: LegalLanguage;
  /** False while the city has not put its own text in place: the answer is then the template. */
  readonly filledIn: boolean;
  readonly title: string;
  /** The text rendered to HTML that is safe to insert as it is (see `renderLegalMarkdown`). */
  readonly html: string;
  /** Placeholders such as `{{Name der Stadt}}` that are still in the text. */
  readonly placeholders: readonly string[];
}

/**
 * Where the texts come from: the city's filled-in files in `LEGAL_TEXTS_DIR` when they are there, the
 * templates shipped in `docs/legal` otherwise. Files are named `<document>.<language>.md`. A city that has
 * filled in only the German text is shown that text in English too: a filled-in statement in German
 * serves a reader better than an empty template in English.
 */
export class LegalTexts {
  constructor(
    private readonly templatesDirectory: string,
    private readonly cityDirectory: string | undefined,
  ) {}

  async read(document: LegalDocument, language: LegalLanguage): Promise<LegalText> {
    for (const candidate of this.candidates(document, language)) {
      const source = await readTextFile(candidate.path);
      if (source !== undefined) {
        return {
          document,
          language: candidate.language,
          filledIn: candidate.filledIn,
          title: titleOf(source) ?? FALLBACK_TITLES[document][candidate.language],
          html: renderLegalMarkdown(source),
          placeholders: placeholdersIn(source),
        };
      }
    }
    throw new Error(`The template ${document}.de.md is missing from ${this.templatesDirectory}`);
  }

  private candidates(document: LegalDocument, language: LegalLanguage) {
    const languages: LegalLanguage[] = language === 'de' ? ['de'] : [language, 'de'];
    const city = this.cityDirectory;
    const filledIn =
      city === undefined
        ? []
        : languages.map((each) => ({
            path: join(city, `${document}.${each}.md`),
            language: each,
            filledIn: true,
          }));
    const templates = languages.map((each) => ({
      path: join(this.templatesDirectory, `${document}.${each}.md`),
      language: each,
      filledIn: false,
    }));
    return [...filledIn, ...templates];
  }
}

/** The file's text, or undefined when there is no such file; a file above the size limit is an error. */
async function readTextFile(path: string): Promise<string | undefined> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    if (size > LEGAL_TEXT_BYTES_MAX) {
      throw new Error(`${path} is larger than ${LEGAL_TEXT_BYTES_MAX} bytes`);
    }
    return (await handle.readFile('utf8')).replace(/^\uFEFF/, '');
  } finally {
    await handle.close();
  }
}

/** `LEGAL_TEXTS_DIR` must name a directory: a typing slip would otherwise publish the templates unnoticed. */
export function assertLegalTextsDirectory(directory: string | undefined): void {
  if (directory === undefined) return;
  if (!existsSync(directory) || !statSync(directory).isDirectory()) {
    throw new SettingsError('LEGAL_TEXTS_DIR', `must name an existing directory; "${directory}" is not one`);
  }
}

/**
 * The templates ship in `docs/legal` of the installation. They are looked for above this file (the same
 * code runs from `apps/…` in tests and from `dist/apps/…` once built), then above the working directory
 * (for a build copied elsewhere and started from the installation, as `npm start` does).
 */
export function shippedTemplatesDirectory(starts: readonly string[] = [__dirname, process.cwd()]): string {
  for (const start of starts) {
    const found = templatesAbove(resolve(start));
    if (found !== undefined) return found;
  }
  throw new Error(`The legal text templates (docs/legal) were not found above ${starts.join(' or ')}`);
}

function templatesAbove(start: string): string | undefined {
  for (let directory = start; ; directory = dirname(directory)) {
    const candidate = join(directory, 'docs', 'legal');
    if (existsSync(join(candidate, 'accessibility.de.md'))) return candidate;
    if (dirname(directory) === directory) return undefined;
  }
}
