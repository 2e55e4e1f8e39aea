/**
 * Debian's Chromium driven by playwright-core: never a browser download. Without Chromium the browser
 * suites print a notice and are skipped, except with CI=true, where they fail: CI must run them
 * (`.ci/run` installs the `chromium` package).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=de-DE',
];

export function describeInBrowser(title: string, body: () => void): void {
  if (existsSync(CHROMIUM_PATH)) {
    describe(title, body);
    return;
  }
  const reason = `Chromium is not installed at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`;
  if (process.env['CI'] === 'true') {
    it(`${title}: Chromium must be installed when CI=true`, () => {
      throw new Error(reason);
    });
    return;
  }
  process.stderr.write(`\nNOTICE: ${title} not run: ${reason}\n\n`);
  describe.skip(title, body);
}

export function launchChromium(): Promise<Browser> {
  // German date fields (tt.mm.jjjj), as on a city's office PC: Chromium takes its locale from LANG.
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    env: { ...process.env, LANG: 'de_DE.UTF-8' },
  });
}
