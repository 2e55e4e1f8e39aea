/**
 * What the browser tests do on a page: sign in with the development sign-in, reach elements with the
 * keyboard alone, check a screen with axe (WCAG 2.0 and 2.1, A and AA), and keep a screenshot of it.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPOSITORY_ROOT } from './web-service';

const ARTIFACTS_DIR =
  process.env['BROWSER_ARTIFACTS_DIR'] ?? join(REPOSITORY_ROOT, 'dist', 'browser-artifacts');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** More Tab presses than any page of the application has focusable elements before its content. */
const TAB_PRESSES_MAX = 80;

export interface Screen {
  readonly name: string;
  readonly violations: readonly string[];
}

/** Where a test artefact of this name is kept; the folder is made on first use (a fresh clone has none). */
export function artifactPath(fileName: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return join(ARTIFACTS_DIR, fileName);
}

/** Runs axe on the page and keeps a full-page screenshot; answers the violations, one line each. */
export async function checkScreen(page: Page, name: string): Promise<Screen> {
  await page.screenshot({ path: artifactPath(`${name}.png`), fullPage: true });
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations = results.violations.map(
    (violation) =>
      `${name}: ${violation.id} (${violation.impact ?? 'unknown'}) ${violation.help}: ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
  return { name, violations };
}

/** Presses Tab until the element matching the selector has the focus; fails when the keyboard cannot reach it. */
export async function tabTo(page: Page, selector: string): Promise<void> {
  for (let press = 0; press < TAB_PRESSES_MAX; press += 1) {
    if (await page.evaluate<boolean>(`document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`))
      return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} could not be reached with the Tab key`);
}

/** Signs in with the development sign-in, by keyboard only: role and subject. */
export async function signIn(page: Page, role: string, subject: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: /Anmelden|Sign in/ }).waitFor();
  await page.locator('body').focus();
  await tabTo(page, 'input[type=radio]:checked');
  await selectRadioByKeyboard(page, role);
  await tabTo(page, 'input[name=subject]');
  await page.keyboard.type(subject);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /Abmelden|Sign out/ }).waitFor();
}

/**
 * Waits until the workspace's code has loaded. Until then the page shows a loading notice under a header
 * of its own, and a date typed into that header's time control is gone when the workspace replaces it.
 */
export async function waitForWorkspace(page: Page): Promise<void> {
  await page.getByText('Der Arbeitsbereich wird geladen …').waitFor({ state: 'detached' });
}

/** Arrow keys move through a radio group; stops at the radio with the value. */
async function selectRadioByKeyboard(page: Page, value: string): Promise<void> {
  for (let press = 0; press < 10; press += 1) {
    if (await page.evaluate<boolean>(`document.activeElement?.value === ${JSON.stringify(value)}`)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No radio ${value} in the group`);
}
