/**
 * The service with its web application, as a browser meets it: the web application built by Vite into
 * a temporary folder (which also runs the build's budget check), and the real service listening on a
 * loopback port and serving it. Without JWT_SECRET the service uses its local secret, so the
 * development sign-in exists, and the demo filler signs its tokens with the same secret.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localTokenMinter, type TokenMinter } from '../../../apps/ledger-cli/src/demo/dortmund-demo';
import { startTestApp, type TestApp, type TestStoreKind } from '../../e2e/support';

export const REPOSITORY_ROOT = join(__dirname, '..', '..', '..');
const VITE = join(REPOSITORY_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

export interface WebService {
  readonly testApp: TestApp;
  readonly baseUrl: string;
  readonly mintToken: TokenMinter;
  close(): Promise<void>;
}

/**
 * Builds the web application into a fresh folder; returns the folder. Each build has a folder of its
 * own, so browser suites running in parallel workers may build at once: Vite's lock against a second
 * build of the same project is bypassed for that reason.
 */
export function buildWebApp(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'ledger-web-'));
  execFileSync(
    process.execPath,
    [VITE, 'build', '--config', 'apps/ledger-web/vite.config.mts', '--logLevel', 'warn', '--bypass-lock'],
    {
      cwd: REPOSITORY_ROOT,
      env: { ...process.env, NODE_ENV: 'production', WEB_BUILD_OUT_DIR: outDir },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return outDir;
}

export async function startWebService(
  webAppPath: string,
  options: { store?: TestStoreKind; env?: Record<string, string> } = {},
): Promise<WebService> {
  const testApp = await startTestApp({
    ...(options.store !== undefined ? { store: options.store } : {}),
    env: { JWT_SECRET: '', WEB_APP_PATH: webAppPath, ...options.env },
  });
  await testApp.app.listen(0, '127.0.0.1');
  const baseUrl = (await testApp.app.getUrl()).replace('[::1]', '127.0.0.1');
  return { testApp, baseUrl, mintToken: localTokenMinter(testApp.env), close: () => testApp.close() };
}

export function removeFolder(path: string): void {
  rmSync(path, { recursive: true, force: true });
}
