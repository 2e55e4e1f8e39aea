/**
 * Goal: the web application's API types (committed, so that lint type-checks the web application
 * before any build) are exactly what the service's current OpenAPI document generates; a change to
 * the API without `npm run generate:api` fails here.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOpenApiDocument } from '../../../apps/ledger-api/src/openapi/openapi';
import { startTestApp, type TestApp } from '../support';

const ROOT = join(__dirname, '..', '..', '..');
const GENERATOR = join(ROOT, 'apps/ledger-web/scripts/generate-api-types.mjs');
const COMMITTED_TYPES = join(ROOT, 'apps/ledger-web/src/api/schema.d.ts');

describe('the web application API types', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  it('are generated from the current OpenAPI document (run npm run generate:api when this fails)', () => {
    const document = JSON.stringify(buildOpenApiDocument(testApp.app));
    const generated = execFileSync(process.execPath, [GENERATOR], { input: document, encoding: 'utf8' });
    expect(generated).toContain('"/funds/{fundId}/overview"');
    expect(readFileSync(COMMITTED_TYPES, 'utf8')).toBe(generated);
  });
});
