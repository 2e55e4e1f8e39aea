/**
 * Goal: every visitor reaches the city's accessibility statement and privacy notice without a token, as
 * the law requires of a public body's web application; until the city has put its texts in
 * `LEGAL_TEXTS_DIR`, the answer is the template and says so; a bad query is a 400 problem naming it; a
 * `LEGAL_TEXTS_DIR` that is no directory stops start-up, naming the setting.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../../apps/ledger-api/src/create-app';
import { expectProblem, startTestApp, type TestApp, TEST_JWT_SECRET } from '../support';

describe('the legal texts', () => {
  let cityDirectory: string;
  let withTemplates: TestApp;
  let withCityTexts: TestApp;

  beforeAll(async () => {
    cityDirectory = mkdtempSync(join(tmpdir(), 'legal-texts-e2e-'));
    writeFileSync(
      join(cityDirectory, 'accessibility.de.md'),
      '# Erklärung zur Barrierefreiheit\n\nDie Stadt Dortmund ist bemüht, …\n\n<script>alert(1)</script>\n',
    );
    withTemplates = await startTestApp();
    withCityTexts = await startTestApp({ env: { LEGAL_TEXTS_DIR: cityDirectory } });
  });
  afterAll(async () => {
    await withTemplates.close();
    await withCityTexts.close();
    rmSync(cityDirectory, { recursive: true, force: true });
  });

  it.each(['accessibility', 'privacy'])('answers /legal/%s without a token', async (document) => {
    const response = await withTemplates.http().get(`/legal/${document}`).expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toMatchObject({ document, language: 'de', filledIn: false });
    expect(response.body.placeholders.length).toBeGreaterThan(0);
  });

  it("answers with the city's text once it is in LEGAL_TEXTS_DIR, its HTML escaped", async () => {
    const response = await withCityTexts.http().get('/legal/accessibility').expect(200);
    expect(response.body).toEqual({
      document: 'accessibility',
      language: 'de',
      filledIn: true,
      title: 'Erklärung zur Barrierefreiheit',
      html: '<h1>Erklärung zur Barrierefreiheit</h1>\n<p>Die Stadt Dortmund ist bemüht, …</p>\n<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n',
      placeholders: [],
    });
    const privacy = await withCityTexts.http().get('/legal/privacy').expect(200);
    expect(privacy.body.filledIn).toBe(false);
  });

  it('answers in English where there is an English text', async () => {
    const response = await withTemplates.http().get('/legal/privacy?lang=en').expect(200);
    expect(response.body).toMatchObject({ language: 'en', title: 'Privacy notice', filledIn: false });
  });

  it('refuses an unknown language or an unknown parameter with a problem naming it', async () => {
    expectProblem(await withTemplates.http().get('/legal/privacy?lang=fr'), {
      status: 400,
      type: 'validation',
      detail: /lang must be one of de, en/,
    });
    expectProblem(await withTemplates.http().get('/legal/privacy?format=pdf'), {
      status: 400,
      type: 'validation',
    });
  });

  it('is in the OpenAPI document as an operation that needs no token', async () => {
    const document = (await withTemplates.http().get('/docs-json').expect(200)).body;
    expect(document.paths['/legal/accessibility'].get.security).toEqual([{}]);
    expect(document.paths['/legal/privacy'].get.security).toEqual([{}]);
  });

  it('stops start-up when LEGAL_TEXTS_DIR names no directory', async () => {
    const missing = join(cityDirectory, 'no-such-folder');
    await expect(
      createApp({
        env: {
          NODE_ENV: 'test',
          LOG_LEVEL: 'silent',
          JWT_SECRET: TEST_JWT_SECRET,
          SQLITE_PATH: join(cityDirectory, 'ledger.sqlite'),
          LEGAL_TEXTS_DIR: missing,
        },
      }),
    ).rejects.toThrow(
      `Invalid setting LEGAL_TEXTS_DIR: must name an existing directory; "${missing}" is not one`,
    );
  });
});
