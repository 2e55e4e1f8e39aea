/**
 * Goal: the accessibility statement and the privacy notice come from the city's folder when it has put
 * its text there and from the shipped template otherwise, said so in `filledIn`; the HTML is safe to
 * insert whatever the file holds; and the shipped templates have every section the law asks for, in
 * German and in English alike.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SettingsError } from '@fund-ledger/config';
import { placeholdersIn, renderLegalMarkdown, titleOf } from './legal-markdown';
import {
  assertLegalTextsDirectory,
  LEGAL_DOCUMENTS,
  LEGAL_LANGUAGES,
  LEGAL_TEXT_BYTES_MAX,
  LegalTexts,
  shippedTemplatesDirectory,
} from './legal-texts';

const TEMPLATES = shippedTemplatesDirectory();

describe('legal texts', () => {
  let cityDirectory: string;

  beforeEach(() => {
    cityDirectory = mkdtempSync(join(tmpdir(), 'legal-texts-'));
  });
  afterEach(() => rmSync(cityDirectory, { recursive: true, force: true }));

  function cityFile(name: string, text: string): void {
    writeFileSync(join(cityDirectory, name), text);
  }

  it('answers with the template, marked as not filled in, when the city has no text', async () => {
    const text = await new LegalTexts(TEMPLATES, undefined).read('accessibility', 'de');
    expect(text).toMatchObject({
      document: 'accessibility',
      language: 'de',
      filledIn: false,
      title: 'Erklärung zur Barrierefreiheit',
    });
    expect(text.placeholders).toContain('TT.MM.JJJJ');
    expect(text.html).toContain('<mark class="placeholder">{{TT.MM.JJJJ}}</mark>');
  });

  it("answers with the city's own text once it is there", async () => {
    cityFile(
      'privacy.de.md',
      '# Datenschutzerklärung der Stadt Dortmund\n\nVerantwortlich ist die Stadt Dortmund.\n',
    );
    const text = await new LegalTexts(TEMPLATES, cityDirectory).read('privacy', 'de');
    expect(text).toEqual({
      document: 'privacy',
      language: 'de',
      filledIn: true,
      title: 'Datenschutzerklärung der Stadt Dortmund',
      html: '<h1>Datenschutzerklärung der Stadt Dortmund</h1>\n<p>Verantwortlich ist die Stadt Dortmund.</p>\n',
      placeholders: [],
    });
  });

  it('keeps answering with the template for a document the city has not filled in yet', async () => {
    cityFile('privacy.de.md', '# Datenschutzerklärung\n');
    const text = await new LegalTexts(TEMPLATES, cityDirectory).read('accessibility', 'de');
    expect(text.filledIn).toBe(false);
  });

  it('prefers a filled-in German text to an English template, and an English text to both', async () => {
    const texts = new LegalTexts(TEMPLATES, cityDirectory);
    expect(await texts.read('accessibility', 'en')).toMatchObject({ language: 'en', filledIn: false });
    cityFile('accessibility.de.md', '# Erklärung zur Barrierefreiheit\n');
    expect(await texts.read('accessibility', 'en')).toMatchObject({ language: 'de', filledIn: true });
    cityFile('accessibility.en.md', '# Accessibility statement\n');
    expect(await texts.read('accessibility', 'en')).toMatchObject({
      language: 'en',
      filledIn: true,
      title: 'Accessibility statement',
    });
  });

  it('names a text without a heading by its document', async () => {
    cityFile('accessibility.de.md', 'Nur ein Absatz.\n');
    const text = await new LegalTexts(TEMPLATES, cityDirectory).read('accessibility', 'de');
    expect(text.title).toBe('Erklärung zur Barrierefreiheit');
  });

  it('refuses a file too large to be a legal text rather than reading it', async () => {
    cityFile('privacy.de.md', 'x'.repeat(LEGAL_TEXT_BYTES_MAX + 1));
    await expect(new LegalTexts(TEMPLATES, cityDirectory).read('privacy', 'de')).rejects.toThrow(
      `larger than ${LEGAL_TEXT_BYTES_MAX} bytes`,
    );
  });

  it('finds the shipped templates above the code, or else above the working directory', () => {
    expect(shippedTemplatesDirectory([__dirname])).toBe(TEMPLATES);
    expect(shippedTemplatesDirectory([cityDirectory, join(__dirname, '..')])).toBe(TEMPLATES);
    expect(() => shippedTemplatesDirectory([cityDirectory])).toThrow(
      `The legal text templates (docs/legal) were not found above ${cityDirectory}`,
    );
  });

  it('refuses a LEGAL_TEXTS_DIR that is not a directory, naming the setting', () => {
    cityFile('privacy.de.md', '# Datenschutzerklärung\n');
    for (const path of [join(cityDirectory, 'missing'), join(cityDirectory, 'privacy.de.md')]) {
      const attempt = () => assertLegalTextsDirectory(path);
      expect(attempt).toThrow(SettingsError);
      expect(attempt).toThrow(`Invalid setting LEGAL_TEXTS_DIR: must name an existing directory; "${path}"`);
    }
    expect(() => assertLegalTextsDirectory(cityDirectory)).not.toThrow();
    expect(() => assertLegalTextsDirectory(undefined)).not.toThrow();
  });
});

describe('rendering a legal text', () => {
  it('escapes HTML written into the text instead of passing it through', () => {
    const html = renderLegalMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)> <b>fett</b>\n',
    );
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('makes links only to harmless addresses', () => {
    const html = renderLegalMarkdown(
      '[a](javascript:alert(1)) [b](data:text/html;base64,PHNjcmlwdD4=) [c](https://www.dortmund.de) [d](mailto:ds@stadt.de)\n',
    );
    expect(html).not.toContain('href="javascript:');
    expect(html).not.toContain('href="data:');
    expect(html).toContain('<a href="https://www.dortmund.de">c</a>');
    expect(html).toContain('<a href="mailto:ds@stadt.de">d</a>');
  });

  it('marks placeholders, escaped like any text, and lists each once', () => {
    const source = 'Stand: {{TT.MM.JJJJ}}, erstellt am {{TT.MM.JJJJ}} von {{<Stelle>}}.\n';
    expect(renderLegalMarkdown(source)).toBe(
      '<p>Stand: <mark class="placeholder">{{TT.MM.JJJJ}}</mark>, erstellt am <mark class="placeholder">{{TT.MM.JJJJ}}</mark> von <mark class="placeholder">{{&lt;Stelle&gt;}}</mark>.</p>\n',
    );
    expect(placeholdersIn(source)).toEqual(['TT.MM.JJJJ', '<Stelle>']);
  });

  it('takes the title from the first level-one heading', () => {
    expect(titleOf('Vorwort\n\n## Abschnitt\n\n# Titel\n\n# Zweiter\n')).toBe('Titel');
    expect(titleOf('## Nur Abschnitte\n')).toBeUndefined();
  });
});

describe('the shipped templates', () => {
  const REQUIRED_SECTIONS: Record<(typeof LEGAL_DOCUMENTS)[number], Record<string, readonly string[]>> = {
    accessibility: {
      de: [
        'Stand der Vereinbarkeit mit den Anforderungen',
        'Nicht barrierefreie Inhalte',
        'Erstellung dieser Erklärung zur Barrierefreiheit',
        'Barrieren melden: Kontakt zu den Feedback-Ansprechpartnern',
        'Durchsetzungsverfahren',
      ],
      en: [
        'Compliance status',
        'Non-accessible content',
        'Preparation of this accessibility statement',
        'Feedback and contact information',
        'Enforcement procedure',
      ],
    },
    privacy: {
      de: [
        '1. Verantwortlicher',
        '2. Datenschutzbeauftragte oder Datenschutzbeauftragter',
        '3. Welche Daten wir verarbeiten und wozu',
        '4. Rechtsgrundlagen',
        '5. Empfänger',
        '6. Speicherdauer',
        '7. Ihre Rechte',
        '8. Pflicht zur Bereitstellung, Herkunft der Daten, automatisierte Entscheidungen',
        '9. Stand',
      ],
      en: [
        '1. Controller',
        '2. Data protection officer',
        '3. Which data we process, and why',
        '4. Legal basis',
        '5. Recipients',
        '6. Retention',
        '7. Your rights',
        '8. Obligation to provide data, where data comes from, automated decisions',
        '9. Date',
      ],
    },
  };

  function sectionsOf(source: string): string[] {
    return [...source.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
  }

  it.each(
    LEGAL_DOCUMENTS.flatMap((document) => LEGAL_LANGUAGES.map((language) => [document, language] as const)),
  )(
    'the %s template in %s has the sections the law asks for, in order, and marks every placeholder',
    (document, language) => {
      const source = readFileSync(join(TEMPLATES, `${document}.${language}.md`), 'utf8');
      expect(sectionsOf(source)).toEqual(REQUIRED_SECTIONS[document][language]);
      expect(placeholdersIn(source).length).toBeGreaterThan(5);
      const opened = source.split('{{').length - 1;
      expect(renderLegalMarkdown(source).split('<mark class="placeholder">').length - 1).toBe(opened);
    },
  );

  it('states what the product knows itself: axe at WCAG 2.1 AA, the personal data it keeps, the retention periods', () => {
    const accessibility = readFileSync(join(TEMPLATES, 'accessibility.de.md'), 'utf8');
    expect(accessibility).toContain('axe-core');
    expect(accessibility).toContain('WCAG) 2.1 in der Konformitätsstufe AA');
    const privacy = readFileSync(join(TEMPLATES, 'privacy.de.md'), 'utf8');
    for (const fact of [
      'Antragstellende',
      'Private Geldgeber',
      'Mitglieder der Jury',
      'Erklärungen der Befangenheit',
      'Kennung des Benutzerkontos',
      'keine IP-Adressen',
      'die Bücher zehn Jahre, die Belege sechs Jahre und die Jahresabschlüsse dauerhaft',
    ]) {
      expect(privacy).toContain(fact);
    }
  });
});
