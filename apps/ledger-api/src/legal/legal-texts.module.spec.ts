/**
 * Goal: a service in production says in its log which legal texts are not filled in yet, so an operator
 * notices before a visitor does; in development, where templates are normal, it says nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { loadSettings } from '@fund-ledger/config';
import { LegalTextsModule } from './legal-texts.module';
import { LegalTexts, shippedTemplatesDirectory } from './legal-texts';

const SECRET = 'a-local-test-secret-of-at-least-32-chars';

describe('the legal texts at start-up', () => {
  let cityDirectory: string;
  const warnings: string[] = [];
  const logger = { warn: (_details: object, message: string) => warnings.push(message) } as unknown as Logger;

  beforeEach(() => {
    cityDirectory = mkdtempSync(join(tmpdir(), 'legal-start-'));
    warnings.length = 0;
  });
  afterEach(() => rmSync(cityDirectory, { recursive: true, force: true }));

  async function bootstrap(nodeEnv: string): Promise<void> {
    const settings = loadSettings({ NODE_ENV: nodeEnv, JWT_SECRET: SECRET, LEGAL_TEXTS_DIR: cityDirectory });
    const texts = new LegalTexts(shippedTemplatesDirectory(), cityDirectory);
    await new LegalTextsModule(texts, settings, logger).onApplicationBootstrap();
  }

  it('warns in production about every text that is a template or still has placeholders', async () => {
    writeFileSync(join(cityDirectory, 'privacy.de.md'), '# Datenschutzerklärung\n\nStand: {{TT.MM.JJJJ}}\n');
    await bootstrap('production');
    expect(warnings).toEqual([
      "The accessibility text is not filled in yet: put the city's own text into LEGAL_TEXTS_DIR (see docs/legal)",
      "The privacy text is not filled in yet: put the city's own text into LEGAL_TEXTS_DIR (see docs/legal)",
    ]);
  });

  it('is quiet in production once both texts are filled in', async () => {
    writeFileSync(join(cityDirectory, 'privacy.de.md'), '# Datenschutzerklärung\n');
    writeFileSync(join(cityDirectory, 'accessibility.de.md'), '# Erklärung zur Barrierefreiheit\n');
    await bootstrap('production');
    expect(warnings).toEqual([]);
  });

  it('is quiet in development, where templates are the normal case', async () => {
    await bootstrap('development');
    expect(warnings).toEqual([]);
  });
});
