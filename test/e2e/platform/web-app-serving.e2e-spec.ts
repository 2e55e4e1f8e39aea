/**
 * Goal: the service serves the web application's pages and assets without a token and never in place
 * of an API route; pages carry the web application's CSP; a service without the built application says
 * how to build it. The development sign-in exists only with the local secret and mints tokens the
 * service accepts; with a configured secret it is a 404.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectProblem, idempotencyKey, startTestApp, type TestApp } from '../support';

describe('the web application served by the service', () => {
  let folder: string;
  let testApp: TestApp;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'ledger-web-files-'));
    mkdirSync(join(folder, 'assets'));
    writeFileSync(join(folder, 'index.html'), '<!doctype html><title>Fondsbuch</title>');
    writeFileSync(join(folder, 'assets', 'index-abc123.js'), 'console.info("bundle")');
    testApp = await startTestApp({ env: { JWT_SECRET: '', WEB_APP_PATH: folder } });
  });

  afterAll(async () => {
    await testApp.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it.each([
    '/',
    '/sign-in',
    '/funds/city-fonds/treasury',
    '/funds/city-fonds/audit/x?asOf=2024-01-01',
    '/privacy',
  ])('answers the page %s with index.html and the CSP of the web application', async (path) => {
    const response = await testApp.http().get(path);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toContain('<title>Fondsbuch</title>');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['content-security-policy']).not.toContain('unsafe-inline');
  });

  it('lets only the application itself frame the silent renewal page', async () => {
    const response = await testApp.http().get('/sign-in/renewal');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('serves assets for a year and refuses names the build did not make', async () => {
    const asset = await testApp.http().get('/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expectProblem(await testApp.http().get('/assets/..%2Findex.html'), { status: 404, type: 'not-found' });
    expectProblem(await testApp.http().get('/assets/other.js'), { status: 404, type: 'not-found' });
  });

  it('never answers a page in place of an API route', async () => {
    expectProblem(await testApp.http().get('/funds/city-fonds'), { status: 401, type: 'unauthenticated' });
    expectProblem(await testApp.http().get('/funds/city-fonds/balances'), {
      status: 401,
      type: 'unauthenticated',
    });
  });

  it('mints a development token the service accepts, with the local secret', async () => {
    const method = await testApp.http().get('/auth/sign-in-method');
    expect(method.body).toEqual({ method: 'development' });
    const signedIn = await testApp
      .http()
      .post('/auth/development-token')
      .set('Idempotency-Key', idempotencyKey())
      .send({ role: 'council', subject: 'ratsmitglied.roth' });
    expect(signedIn.status).toBe(200);
    const funds = await testApp
      .http()
      .get('/funds')
      .set('Authorization', `Bearer ${signedIn.body.accessToken}`);
    expect(funds.status).toBe(200);
    const refused = await testApp
      .http()
      .post('/auth/development-token')
      .set('Idempotency-Key', idempotencyKey())
      .send({ role: 'mayor', subject: ' ' });
    expectProblem(refused, { status: 400, type: 'validation', field: 'role' });
  });
});

describe('a service without the built web application and with a configured secret', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ env: { WEB_APP_PATH: join(tmpdir(), 'no-such-web-app') } });
  });
  afterAll(() => testApp.close());

  it('says how to build the web application', async () => {
    expectProblem(await testApp.http().get('/'), {
      status: 503,
      type: 'service-unavailable',
      detail: /npm run build/,
    });
  });

  it('has no development sign-in', async () => {
    expect((await testApp.http().get('/auth/sign-in-method')).body).toEqual({ method: 'none' });
    const refused = await testApp
      .http()
      .post('/auth/development-token')
      .set('Idempotency-Key', idempotencyKey())
      .send({ role: 'auditor', subject: 'mallory' });
    expectProblem(refused, { status: 404, type: 'not-found', detail: /local secret/ });
  });
});
