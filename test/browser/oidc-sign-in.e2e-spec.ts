/**
 * Goal: in production, people sign in with the city's identity provider, end to end: the web
 * application runs the OpenID Connect code flow with PKCE against a real provider (oidc-provider, over
 * TLS from a certificate authority made for this test), the service verifies the provider's JWT with
 * its https key set and reads the roles from its claims, the token stays in memory (nothing in
 * localStorage or sessionStorage), the Content-Security-Policy allows exactly that provider, and the
 * development sign-in does not exist.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import {
  compileService,
  compiledProcessEnvironment,
  type CompiledService,
} from '../crash/support/service-build';
import { freeLoopbackPort, ServiceProcess } from '../crash/support/service-process';
import { describeInBrowser, launchChromium } from './support/chromium';
import { checkScreen } from './support/pages';
import { makeTestCertificates, type TestCertificates } from './support/test-certificates';
import { buildWebApp, removeFolder, REPOSITORY_ROOT } from './support/web-service';

jest.setTimeout(120_000);

const CLIENT_ID = 'ledger-web';
const AUDIENCE = 'urn:fund-ledger';
const PROVIDER_START_TIMEOUT_MS = 30_000;

describeInBrowser('sign-in with an OpenID provider [sqlite, NODE_ENV=production]', () => {
  let certificates: TestCertificates;
  let webAppPath: string;
  let dataFolder: string;
  let compiled: CompiledService;
  let provider: ChildProcess;
  let service: ServiceProcess;
  let issuer: string;
  let browser: Browser;

  beforeAll(async () => {
    certificates = makeTestCertificates();
    webAppPath = buildWebApp();
    dataFolder = mkdtempSync(join(tmpdir(), 'ledger-oidc-'));
    // Production requires a key to seal the log with.
    const sealKey = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' });
    writeFileSync(join(dataFolder, 'seal.key'), sealKey, { mode: 0o600 });
    compiled = await compileService();
    const appPort = await freeLoopbackPort();
    const appOrigin = `http://127.0.0.1:${appPort}`;
    issuer = `https://127.0.0.1:${await freeLoopbackPort()}`;
    provider = await startProvider(certificates, {
      OIDC_TEST_ISSUER: issuer,
      OIDC_TEST_AUDIENCE: AUDIENCE,
      OIDC_TEST_CLIENT_ID: CLIENT_ID,
      OIDC_TEST_APP_ORIGIN: appOrigin,
      OIDC_TEST_REDIRECT_URIS: `${appOrigin}/sign-in/callback,${appOrigin}/sign-in/renewal`,
      OIDC_TEST_ROLES: 'treasurer,auditor',
    });
    service = new ServiceProcess({
      main: compiled.serviceMain,
      name: 'oidc',
      port: appPort,
      env: {
        ...compiledProcessEnvironment(),
        NODE_EXTRA_CA_CERTS: certificates.caFile,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        SQLITE_PATH: join(dataFolder, 'ledger.sqlite'),
        JWKS_URL: `${issuer}/jwks`,
        JWT_ISSUER: issuer,
        JWT_AUDIENCE: AUDIENCE,
        OIDC_ISSUER_URL: issuer,
        OIDC_CLIENT_ID: CLIENT_ID,
        OIDC_SCOPE: 'openid profile fund-ledger',
        WEB_APP_PATH: webAppPath,
        SEAL_SIGNING_KEY_FILE: join(dataFolder, 'seal.key'),
      },
    });
    await service.start();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    provider?.kill('SIGTERM');
    compiled?.remove();
    for (const folder of [certificates?.folder, webAppPath, dataFolder]) if (folder) removeFolder(folder);
  });

  it('signs in through the provider with code flow and PKCE, and acts with the roles of its token', async () => {
    const context = await browser.newContext({ locale: 'de-DE', ignoreHTTPSErrors: true });
    const page = await context.newPage();
    const authorizationRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(`${issuer}/auth`)) authorizationRequests.push(request.url());
    });
    await page.goto(service.baseUrl);
    await page.getByRole('button', { name: 'Mit Dienstkonto anmelden' }).waitFor();
    const signInScreen = await checkScreen(page, 'oidc-01-sign-in');
    expect(signInScreen.violations).toEqual([]);
    await page.getByRole('button', { name: 'Mit Dienstkonto anmelden' }).click();

    await page.locator('input[name=login]').fill('tom.kaemmerei');
    await page.locator('input[name=password]').fill('any password');
    await page.locator('button[type=submit]').click();
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.getByText('Angemeldet:').waitFor();
    await expect(page.locator('.person-badge').textContent()).resolves.toContain(
      'Test tom.kaemmerei (Kämmerei, Rechnungsprüfung)',
    );
    await page.getByText('Willkommen! Es ist noch kein Verfügungsfonds angelegt.').waitFor();
    const authorization = new URL(authorizationRequests[0] ?? 'about:blank');
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('response_type')).toBe('code');

    const stored = await page.evaluate<string>(
      'JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })',
    );
    expect(stored).not.toMatch(/eyJ[\w-]+\.eyJ/);
    const signedIn = await checkScreen(page, 'oidc-02-signed-in');
    expect(signedIn.violations).toEqual([]);
    await context.close();
  });

  it('allows exactly the provider in the Content-Security-Policy of its pages', async () => {
    const response = await fetch(`${service.baseUrl}/funds/any-fund/treasury`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain(`connect-src 'self' ${issuer}`);
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    const renewal = await fetch(`${service.baseUrl}/sign-in/renewal`);
    expect(renewal.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
  });

  it('has no development sign-in in production', async () => {
    const method = await (await fetch(`${service.baseUrl}/auth/sign-in-method`)).json();
    expect(method).toEqual({
      method: 'oidc',
      issuerUrl: issuer,
      clientId: CLIENT_ID,
      scope: 'openid profile fund-ledger',
    });
    const refused = await fetch(`${service.baseUrl}/auth/development-token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({ role: 'auditor', subject: 'mallory' }),
    });
    expect(refused.status).toBe(404);
  });
});

async function startProvider(
  certificates: TestCertificates,
  settings: Record<string, string>,
): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [join(REPOSITORY_ROOT, 'test/browser/support/oidc-provider-main.mjs')],
    {
      env: {
        ...process.env,
        ...settings,
        OIDC_TEST_KEY_FILE: certificates.keyFile,
        OIDC_TEST_CERT_FILE: certificates.certFile,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The OpenID provider did not start: ${output}`)),
      PROVIDER_START_TIMEOUT_MS,
    );
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', (code) => reject(new Error(`The OpenID provider exited with ${code}: ${output}`)));
  });
  return child;
}
